package org.compendium.core.kernel;

/** A place in a content file: path relative to the content root, 1-based line and column. */
public record SourcePosition(String path, int line, int column) {

    public static SourcePosition fileStart(String path) {
        return new SourcePosition(path, 1, 1);
    }

    public static SourcePosition wholeFile(String path) {
        return new SourcePosition(path, 0, 0);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}

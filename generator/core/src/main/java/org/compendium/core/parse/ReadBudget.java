package org.compendium.core.parse;

/**
 * The text of a file as the Markdown parser reads it, counting the characters it reads. CommonMark parsers
 * reread the rest of a paragraph for every unclosed construct ({@code [a](b} without {@code )}, a link
 * title's {@code (} or {@code "} without its closer …): a few hundred kilobytes of them take minutes. The
 * parse gets {@link #PER_CHARACTER} reads per character of the file (real bodies need fewer than 10) and
 * stops with {@link Exhausted} beyond; once the parse is over, {@link #disarm()} lifts the limit for the
 * renderers that read the same characters through the tree.
 */
final class ReadBudget implements CharSequence {
    /** Reads per character of the file the parse may make (measured: about 3–6 on real policy texts). */
    static final long PER_CHARACTER = 100;
    /** Reads any file may make, so that short files are never refused. */
    static final long BASE = 1_000_000;
    private final String text;
    private long left;
    private int lastRead;

    ReadBudget(String text) {
        this.text = text;
        this.left = BASE + PER_CHARACTER * text.length();
    }

    /** Thrown when the parse has read more characters than its budget; {@code at} is the last one read. */
    static final class Exhausted extends RuntimeException {
        final int at;

        Exhausted(int at) {
            super("read budget exhausted at " + at, null, false, false);
            this.at = at;
        }
    }

    /** The offset of the character read last (where the parser was when it stopped). */
    int lastRead() {
        return lastRead;
    }

    void disarm() {
        left = Long.MAX_VALUE;
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            left = Long.MAX_VALUE;
            throw new Exhausted(index);
        }
        lastRead = index;
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.compendium.core.render.template;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}. FreeMarker writes a page in hundreds of small pieces, and
 * {@link java.io.StringWriter} takes a lock for each one; a page is only ever written by one thread.
 */
public final class TextWriter extends Writer {
    private final StringBuilder text;

    public TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

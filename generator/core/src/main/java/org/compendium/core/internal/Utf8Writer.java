package org.compendium.core.internal;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 straight into a byte array it reuses from file to
 * file: a page then costs no {@link StringBuilder}, no {@link String} copy of it and no encoded copy of that
 * (measured: docs/benchmarks.md, "Late evening"). The bytes are those of {@code String.getBytes(UTF_8)}
 * (a lone surrogate becomes {@code ?}), also when a surrogate pair arrives in two pieces. One thread only.
 */
public final class Utf8Writer extends Writer {
    private static final int CHUNK = 1024;
    private final char[] chars = new char[CHUNK];
    private byte[] bytes;
    private int length;
    /** A high surrogate whose low half has not arrived yet, or 0. */
    private char pending;

    public Utf8Writer(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** One writer per thread, each made with {@code capacity} bytes: for files written on several threads. */
    public static ThreadLocal<Utf8Writer> perThread(int capacity) {
        return ThreadLocal.withInitial(() -> new Utf8Writer(capacity));
    }

    /** Empties the writer for the next file, keeping its array. */
    public Utf8Writer reset() {
        length = 0;
        pending = 0;
        return this;
    }

    /** The array holding the bytes written; valid up to {@link #length()} until the next write or reset. */
    public byte[] bytes() {
        flushPending();
        return bytes;
    }

    public int length() {
        flushPending();
        return length;
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] source, int offset, int count) {
        encode(source, offset, offset + count);
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int offset, int count) {
        for (int start = offset, end = offset + count; start < end; start += CHUNK) {
            int stop = Math.min(end, start + CHUNK);
            s.getChars(start, stop, chars, 0);
            encode(chars, 0, stop - start);
        }
    }

    @Override
    public Utf8Writer append(CharSequence s, int start, int end) {
        if (s instanceof String string) {
            write(string, start, end - start);
        } else {
            write(String.valueOf(s.subSequence(start, end)));
        }
        return this;
    }

    @Override
    public Utf8Writer append(CharSequence s) {
        write(String.valueOf(s));
        return this;
    }

    @Override
    public Utf8Writer append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void encode(char[] source, int from, int to) {
        ensure(3 * (to - from) + 4);
        byte[] out = bytes;
        int n = length;
        int i = from;
        if (pending != 0 && i < to) {
            n = pair(out, n, source[i]);
            if (!Character.isLowSurrogate(source[i])) {
                i--; // not the awaited low half: encode it on its own below
            }
            i++;
        }
        for (; i < to; i++) {
            char c = source[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 == to) {
                pending = c; // its low half may come with the next write
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(source[i + 1])) {
                n = codePoint(out, n, Character.toCodePoint(c, source[++i]));
            } else {
                out[n++] = '?';
            }
        }
        length = n;
    }

    /** Encodes the pending high surrogate with {@code next} if that is its low half, else as {@code ?}. */
    private int pair(byte[] out, int n, char next) {
        char high = pending;
        pending = 0;
        if (Character.isLowSurrogate(next)) {
            return codePoint(out, n, Character.toCodePoint(high, next));
        }
        out[n] = '?';
        return n + 1;
    }

    private static int codePoint(byte[] out, int n, int cp) {
        out[n] = (byte) (0xF0 | cp >> 18);
        out[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[n + 3] = (byte) (0x80 | cp & 0x3F);
        return n + 4;
    }

    private void flushPending() {
        if (pending != 0) {
            ensure(1);
            bytes[length++] = '?';
            pending = 0;
        }
    }

    private void ensure(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}

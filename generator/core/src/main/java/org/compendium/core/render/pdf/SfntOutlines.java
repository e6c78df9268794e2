package org.compendium.core.render.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Reads just enough of an sfnt (.ttf/.otf/.ttc) header to tell TrueType ({@code glyf}) from CFF outlines. */
final class SfntOutlines {
    private static final int TTC_TAG = 0x74746366; // 'ttcf'
    private static final int GLYF_TAG = 0x676c7966; // 'glyf'

    private SfntOutlines() {
    }

    /** True when the (first) face of the file has a {@code glyf} table. */
    static boolean hasTrueTypeOutlines(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long offset = 0;
            if (in.readInt() == TTC_TAG) {
                in.seek(12);
                offset = Integer.toUnsignedLong(in.readInt());
            }
            in.seek(offset + 4);
            int tables = in.readUnsignedShort();
            for (int i = 0; i < tables; i++) {
                in.seek(offset + 12 + 16L * i);
                if (in.readInt() == GLYF_TAG) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}

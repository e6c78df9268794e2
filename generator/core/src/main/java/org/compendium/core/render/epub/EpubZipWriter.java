package org.compendium.core.render.epub;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container (OCF): the {@code mimetype} entry first and stored, then every other entry
 * deflated, sorted by name, all with the same fixed time, so the same input gives a byte-identical file.
 */
final class EpubZipWriter {
    static final String MIMETYPE = "application/epub+zip";
    /** The earliest time a zip (DOS) timestamp can hold without an extra field. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    void write(Path file, List<EpubEntry> entries, Instant time) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        write(Files.newOutputStream(file), entries, time);
    }

    /** Writes the container into {@code stream} and closes it. */
    void write(OutputStream stream, List<EpubEntry> entries, Instant time) throws IOException {
        LocalDateTime entryTime = entryTime(time);
        try (OutputStream os = new BufferedOutputStream(stream, 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            writeMimetype(zip, entryTime);
            zip.setMethod(ZipOutputStream.DEFLATED);
            List<EpubEntry> sorted = entries.stream().sorted(Comparator.comparing(EpubEntry::path)).toList();
            for (EpubEntry entry : sorted) {
                ZipEntry ze = new ZipEntry(entry.path());
                ze.setTimeLocal(entryTime);
                zip.putNextEntry(ze);
                zip.write(entry.data());
                zip.closeEntry();
            }
        }
    }

    private static void writeMimetype(ZipOutputStream zip, LocalDateTime entryTime) throws IOException {
        byte[] data = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry ze = new ZipEntry("mimetype");
        ze.setMethod(ZipEntry.STORED);
        ze.setSize(data.length);
        ze.setCompressedSize(data.length);
        ze.setCrc(crc.getValue());
        ze.setTimeLocal(entryTime);
        zip.putNextEntry(ze);
        zip.write(data);
        zip.closeEntry();
    }

    /** The build time in UTC (never the machine's zone), clamped to the zip format's range. */
    private static LocalDateTime entryTime(Instant time) {
        LocalDateTime utc = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        return utc.isBefore(DOS_EPOCH) ? DOS_EPOCH : utc;
    }
}

package org.compendium.core.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An annual edition's files as the home page offers them: only the files the PDF and EPUB renderers
 * actually wrote, so no download link is ever dead.
 *
 * @param pdf  URL of the PDF relative to the site root, or empty
 * @param epub URL of the EPUB relative to the site root, or empty
 */
public record Download(int year, String pdf, String pdfSize, String epub, String epubSize) {
    private static final Pattern NAME = Pattern.compile("compendium-(\\d{4})\\.(pdf|epub)");

    /**
     * The editions found in {@code <site>/downloads/}, newest first.
     *
     * @param present whether a file of the folder is part of the site: a regular file (the preview), one this
     *                build wrote (a staging folder may hold stale files)
     */
    static List<Download> scan(Path site, Predicate<Path> present) throws IOException {
        Path dir = site.resolve("downloads");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(present).map(f -> NAME.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> years.add(Integer.parseInt(m.group(1))));
        }
        List<Download> out = new ArrayList<>();
        for (int year : years.descendingSet()) {
            Path pdf = dir.resolve("compendium-" + year + ".pdf");
            Path epub = dir.resolve("compendium-" + year + ".epub");
            out.add(new Download(year, url(pdf, present), size(pdf, present), url(epub, present), size(epub, present)));
        }
        return out;
    }

    private static String url(Path file, Predicate<Path> present) {
        return present.test(file) ? "downloads/" + file.getFileName() : "";
    }

    private static String size(Path file, Predicate<Path> present) throws IOException {
        if (!present.test(file)) {
            return "";
        }
        long bytes = Files.size(file);
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }
}

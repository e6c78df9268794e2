package org.compendium.core.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** poppler-utils from the tests: pdftotext and pdffonts. */
public final class PdfTools {
    private PdfTools() {
    }

    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + " (apt-get install poppler-utils)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of each page, from {@code pdftotext -layout} (pages split at form feeds). */
    public static List<String> pages(Path pdf) {
        String text = run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }

    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}

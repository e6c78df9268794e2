package org.compendium.core.paths;

import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.model.Summary;

/**
 * Where each page lives in the site, and relative URLs between pages, so the site works from any base
 * path and from {@code file://}.
 */
public final class SitePaths {
    private final Compendium compendium;

    public SitePaths(Compendium compendium) {
        this.compendium = compendium;
    }

    /** The page file of a document, e.g. {@code policies/xm-2019-12/index.html}. */
    public static String page(Document doc) {
        return folder(doc) + "index.html";
    }

    /** The folder URL of a document's page, e.g. {@code policies/xm-2019-12/}. */
    public static String folder(Document doc) {
        return switch (doc) {
            case Policy p -> "policies/" + p.id() + "/";
            case Interpretation i -> "interpretations/" + i.id() + "/";
            case Summary s -> "years/" + s.year() + "/";
        };
    }

    /**
     * The absolute public URL of a document on the published site ({@code base_url} + its folder), with
     * {@code #fragment} when one is given: what the feed, catalogue, JSON-LD, PDF and EPUB link to.
     */
    public static String publicUrl(Compendium compendium, Document doc, String fragment) {
        return compendium.config().baseUrl() + folder(doc) + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    /** The 修订对照表 page of a revision: {@code policies/NEW/compare-OLD.html}. */
    public static String comparison(Document before, Document after) {
        return folder(after) + "compare-" + before.id() + ".html";
    }

    public static String yearFolder(int year) {
        return "years/" + year + "/";
    }

    public static String categoryFolder(String category) {
        return "categories/" + segment(category) + "/";
    }

    public static String issuerFolder(String issuer) {
        return "issuers/" + segment(issuer) + "/";
    }

    public static String statusFolder(Status status) {
        return "status/" + status.slug() + "/";
    }

    /** Longest folder name made from a category or issuer, in characters (3 bytes each in UTF-8). */
    static final int MAX_SEGMENT = 60;

    /** A name as one safe path segment: characters that file systems or URLs reserve become {@code -}. */
    public static String segment(String name) {
        String s = name.strip().replaceAll("[\\\\/:*?\"<>|#%&{}\\s\\p{Cntrl}]+", "-");
        s = s.isEmpty() || s.startsWith(".") ? "-" + s : s;
        return s.length() <= MAX_SEGMENT ? s : shortened(s);
    }

    /**
     * A long name (file systems allow 255 bytes, 85 Chinese characters) as its first characters and a hash
     * of the whole, so different long names stay different and the same name always gives the same folder.
     */
    private static String shortened(String segment) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(segment.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            int end = Character.isHighSurrogate(segment.charAt(MAX_SEGMENT - 10)) ? MAX_SEGMENT - 11 : MAX_SEGMENT - 10;
            return segment.substring(0, end) + "-" + java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ../../} for a page two folders deep. */
    public static String rootFrom(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The URL of {@code target} relative to {@code fromPage}. */
    public String href(String fromPage, LinkTarget target) {
        return switch (target) {
            case LinkTarget.External e -> e.url();
            case LinkTarget.Asset a -> rootFrom(fromPage) + org.compendium.core.paths.UrlPaths.encodeReserved(a.path());
            case LinkTarget.DocumentRef d -> {
                Document doc = compendium.document(d.id()).orElseThrow(
                        () -> new IllegalStateException("unresolved cross-reference to " + d.id()));
                String folder = fromPage.equals(page(doc)) && d.hasFragment() ? "" : rootFrom(fromPage) + page(doc);
                yield folder + (d.hasFragment() ? "#" + d.fragment() : "");
            }
        };
    }
}

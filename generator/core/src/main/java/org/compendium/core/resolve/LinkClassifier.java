package org.compendium.core.resolve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.core.load.Suggestions;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.parse.DocumentAnchors;

/**
 * Decides where a link or image URL written in a content file points, or why it is broken. Relative
 * paths are resolved against the file's folder and may not leave the content root; fragments must be
 * anchors of the target document.
 */
final class LinkClassifier {
    private static final java.util.regex.Pattern IMAGE =
            java.util.regex.Pattern.compile("(?i)\\.(png|jpe?g|gif|webp|svg)$");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private final Map<String, String> idByPath;
    private final Map<String, DocumentAnchors> anchorsById;
    private final Set<String> failedPaths;
    private final Set<String> assets;

    LinkClassifier(Map<String, String> idByPath, Map<String, DocumentAnchors> anchorsById, Set<String> failedPaths,
                   Set<String> assets) {
        this.idByPath = idByPath;
        this.anchorsById = anchorsById;
        this.failedPaths = failedPaths;
        this.assets = assets;
    }

    /** The result of classifying: a target, a problem to report, or a link into a document that failed itself. */
    sealed interface Result {
        record Target(LinkTarget target) implements Result {
        }

        record Problem(String message) implements Result {
        }

        record Silent() implements Result {
        }
    }

    Result link(String url, String fromPath, String fromId) {
        return classify(url.strip(), fromPath, fromId, false);
    }

    Result image(String url, String fromPath, String fromId) {
        return classify(url.strip(), fromPath, fromId, true);
    }

    private Result classify(String url, String fromPath, String fromId, boolean image) {
        var scheme = SCHEME.matcher(url);
        if (url.startsWith("//") || scheme.find()) {
            String name = url.startsWith("//") ? "//" : scheme.group(1).toLowerCase(Locale.ROOT);
            if (image) {
                return problem("remote image [" + shorten(url) + "]; expected an image file under assets/ "
                        + "(the site, PDF and EPUB make no external requests)");
            }
            if (LINK_SCHEMES.contains(name) && !url.contains("\"")) {
                return new Result.Target(new LinkTarget.External(url));
            }
            return problem("unsupported link scheme [" + name + (name.equals("//") ? "" : ":")
                    + "]; expected http:, https:, mailto:, tel: or a relative path");
        }
        int hash = url.indexOf('#');
        String pathPart = decode(hash < 0 ? url : url.substring(0, hash));
        String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
        if (pathPart.isEmpty()) {
            return image ? problem("empty image path; expected a file under assets/")
                    : fragment(fromId, fromPath, fragment, "#" + fragment);
        }
        Optional<String> resolved = resolve(fromPath, pathPart);
        if (resolved.isEmpty()) {
            return problem("link points outside the content folder [" + shorten(url)
                    + "]; expected a path inside the content folder");
        }
        String target = resolved.get();
        if (image || target.startsWith("assets/")) {
            return asset(url, target, image);
        }
        if (failedPaths.contains(target)) {
            return new Result.Silent();
        }
        String id = idByPath.get(target);
        if (id == null) {
            return problem("broken link [" + shorten(url) + "]: no such document " + target
                    + Suggestions.hint(target, idByPath.keySet()) + "; expected a path to a .md file in the content folder");
        }
        return fragment.isEmpty() ? new Result.Target(new LinkTarget.DocumentRef(id, ""))
                : fragment(id, target, fragment, url);
    }

    private Result fragment(String id, String path, String fragment, String url) {
        DocumentAnchors anchors = anchorsById.get(id);
        if (anchors != null && anchors.contains(fragment)) {
            return new Result.Target(new LinkTarget.DocumentRef(id, fragment));
        }
        var ids = anchors == null ? Set.<String>of()
                : anchors.all().stream().map(a -> a.id()).collect(java.util.stream.Collectors.toSet());
        return problem("broken anchor [#" + fragment + "] in link to " + path + Suggestions.hint(fragment, ids)
                + "; expected an anchor of that document such as " + examples(anchors, fragment));
    }

    private Result asset(String url, String target, boolean image) {
        if (!target.startsWith("assets/")) {
            return problem((image ? "image" : "link") + " outside assets/ [" + shorten(url)
                    + "]; expected a file under assets/");
        }
        if (!assets.contains(target)) {
            return problem((image ? "missing image [" : "broken link [") + shorten(url) + "]: no such file " + target
                    + Suggestions.hint(target, assets) + "; expected an existing file under assets/");
        }
        if (image && !IMAGE.matcher(target).find()) {
            return problem("not an image [" + shorten(url) + "]; expected a PNG, JPEG, GIF, WebP or SVG image"
                    + " (link to other files with [text](" + shorten(url) + "))");
        }
        return new Result.Target(new LinkTarget.Asset(target));
    }

    /** Resolves {@code relative} against the folder of {@code fromPath}; empty if it leaves the root. */
    static Optional<String> resolve(String fromPath, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        if (!relative.startsWith("/")) {
            String[] from = fromPath.split("/");
            for (int i = 0; i < from.length - 1; i++) {
                parts.addLast(from[i]);
            }
        }
        for (String part : relative.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** A few anchors of the target, those of the same kind as the one asked for (art-, sec-, …) first. */
    private static String examples(DocumentAnchors anchors, String fragment) {
        if (anchors == null || anchors.all().isEmpty()) {
            return "(it has none)";
        }
        String prefix = fragment.contains("-") ? fragment.substring(0, fragment.indexOf('-') + 1) : fragment;
        var sameKind = anchors.all().stream().map(a -> a.id()).filter(id -> id.startsWith(prefix)).toList();
        var clauses = anchors.all().stream().filter(a -> a.kind() != AnchorKind.HEADING && a.kind() != AnchorKind.PASSAGE)
                .map(a -> a.id()).toList();
        var pool = !sameKind.isEmpty() ? sameKind : !clauses.isEmpty() ? clauses
                : anchors.all().stream().map(a -> a.id()).toList();
        if (pool.size() <= 4) {
            return String.join(", ", pool);
        }
        return String.join(", ", pool.subList(0, 3)) + " … " + pool.get(pool.size() - 1);
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String shorten(String url) {
        return url.length() > 80 ? url.substring(0, 77) + "…" : url;
    }

    private static Result problem(String message) {
        return new Result.Problem(message);
    }
}

package org.compendium.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.SiteConfig;

/** Reads {@code compendium.yaml}. */
public final class SiteConfigReader {
    public static final String FILE = "compendium.yaml";
    static final Set<String> KEYS = Set.of("title", "publisher", "base_url", "language", "as_of", "audiences",
            "support_types", "offices");

    public Optional<SiteConfig> read(Path contentRoot, SourceReader reader, Diagnostics diagnostics) {
        Path file = contentRoot.resolve(FILE);
        if (!Files.exists(file)) {
            diagnostics.error(FILE, 0, 0, "missing configuration file; expected " + FILE
                    + " with keys title, publisher, base_url, language, as_of");
            return Optional.empty();
        }
        return reader.read(file, FILE, diagnostics).flatMap(source -> parse(source, diagnostics));
    }

    Optional<SiteConfig> parse(SourceFile source, Diagnostics diagnostics) {
        Optional<List<FrontMatter.Entry>> entries = new FrontMatterParser().parseYaml(source.text(), source, 0, diagnostics);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        FieldReader r = new FieldReader(entries.get(), new org.compendium.core.kernel.SourcePosition(FILE, 1, 1), FILE, diagnostics);
        r.checkKeys(KEYS);
        Optional<String> title = r.requiredText("title");
        Optional<String> publisher = r.requiredText("publisher");
        Optional<String> baseUrl = r.requiredText("base_url").flatMap(url -> baseUrl(url, r));
        String language = r.optionalText("language").orElse("zh-CN");
        if (!language.equals("zh-CN")) {
            diagnostics.warning(r.valueAt("language"), "language [" + language
                    + "] is not supported by the Chinese typesetting; expected zh-CN");
        }
        var asOf = r.optionalDate("as_of");
        Guidance guidance = new GuidanceReader().read(r, diagnostics);
        if (title.isEmpty() || publisher.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), publisher.get(), baseUrl.get(), language, asOf, guidance));
    }

    private static Optional<String> baseUrl(String url, FieldReader r) {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return Optional.of(url.endsWith("/") ? url : url + "/");
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        r.diagnostics().error(r.valueAt("base_url"), "base_url is not an absolute http(s) URL [" + url
                + "]; expected e.g. https://kjj.example.gov.cn/zchb/");
        return Optional.empty();
    }
}

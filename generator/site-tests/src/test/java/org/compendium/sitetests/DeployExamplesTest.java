package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The deploy examples of docs/deploy.md that cannot be run here (nginx has {@link NginxExampleTest}): the IIS
 * web.config is well-formed and gives a type to every kind of file the site writes or publishes beyond IIS's
 * long-standing built-in map (IIS answers 404 for a static file whose extension it has no type for); the
 * GitHub and GitLab Pages pipelines parse as YAML, run the README's build command and publish the folder it
 * writes.
 */
class DeployExamplesTest {
    private static final Path EXAMPLES = BuiltSite.projectRoot().resolve("docs/examples");
    /** Extensions in IIS 7's built-in staticContent map (applicationHost.config), unchanged since. */
    private static final Set<String> IIS_BUILT_IN = Set.of("html", "htm", "css", "txt", "xml", "png", "jpg", "jpeg",
            "gif", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rtf", "csv", "odt", "ods", "odp");
    /** The asset kinds a build publishes from content/assets (core's load.AssetTypes). */
    private static final Set<String> ASSET_KINDS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "pdf", "doc",
            "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "wps", "et", "dps", "ofd", "rtf", "txt", "csv",
            "zip", "rar", "7z");

    @Test
    void theIisConfigurationTypesEveryKindOfFileTheSiteServes() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document config = factory.newDocumentBuilder().parse(EXAMPLES.resolve("iis-web.config").toFile());
        Set<String> mapped = new TreeSet<>();
        NodeList maps = config.getElementsByTagName("mimeMap");
        for (int i = 0; i < maps.getLength(); i++) {
            Element map = (Element) maps.item(i);
            String extension = map.getAttribute("fileExtension");
            assertTrue(extension.matches("\\.[a-z0-9]+") && map.getAttribute("mimeType").matches("[a-z]+/[-+.a-z0-9]+.*"),
                    "mimeMap " + extension + " " + map.getAttribute("mimeType"));
            assertTrue(removes(config).contains(extension), "a mimeMap is preceded by its <remove> (IIS refuses"
                    + " a duplicate of a built-in entry) [" + extension + "]");
            mapped.add(extension.substring(1));
        }
        Set<String> served = new TreeSet<>(ASSET_KINDS);
        served.addAll(extensionsWritten(BuiltSite.demo().site()));
        served.removeAll(IIS_BUILT_IN);
        served.removeAll(mapped);
        assertEquals(Set.of(), served, "kinds of file IIS would answer with 404: map them in iis-web.config");
    }

    @Test
    void thePagesPipelinesRunTheReadmeBuildCommandAndPublishItsOutput() throws IOException {
        String readme = Files.readString(BuiltSite.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        String command = readme.substring(readme.indexOf("<!-- build-command -->"), readme.indexOf("<!-- /build-command -->"))
                .lines().filter(line -> line.startsWith("./mvnw")).findFirst().orElseThrow();
        String batch = command.replace("./mvnw ", "./mvnw -B ");

        Map<?, ?> github = yaml("github/pages.yml");
        Map<?, ?> jobs = (Map<?, ?>) github.get("jobs");
        List<Object> runs = new ArrayList<>();
        List<Object> uses = new ArrayList<>();
        for (Object step : (List<?>) ((Map<?, ?>) jobs.get("build")).get("steps")) {
            runs.add(((Map<?, ?>) step).get("run"));
            uses.add(((Map<?, ?>) step).get("uses"));
        }
        assertTrue(runs.contains(batch), "GitHub runs [" + batch + "]: " + runs);
        int upload = uses.indexOf("actions/upload-pages-artifact@v3");
        assertTrue(upload > runs.indexOf(batch), "uploads after building: " + uses);
        List<?> buildSteps = (List<?>) ((Map<?, ?>) jobs.get("build")).get("steps");
        assertEquals("site-output", ((Map<?, ?>) ((Map<?, ?>) buildSteps.get(upload)).get("with")).get("path"));
        assertEquals("build", ((Map<?, ?>) jobs.get("deploy")).get("needs"));
        assertEquals(List.of("main"), ((Map<?, ?>) ((Map<?, ?>) github.get("on")).get("push")).get("branches"));

        Map<?, ?> pages = (Map<?, ?>) yaml("gitlab/.gitlab-ci.yml").get("pages");
        assertEquals(List.of(batch), pages.get("script"));
        assertEquals("site-output", ((Map<?, ?>) pages.get("pages")).get("publish"));
        assertEquals(List.of("site-output"), ((Map<?, ?>) pages.get("artifacts")).get("paths"));
        assertTrue(String.valueOf(pages.get("image")).matches(".*temurin:(2[1-9]|[3-9]\\d).*"), "a JDK 21+ image");
    }

    private static Set<String> removes(Document config) {
        Set<String> removed = new TreeSet<>();
        NodeList list = config.getElementsByTagName("remove");
        for (int i = 0; i < list.getLength(); i++) {
            removed.add(((Element) list.item(i)).getAttribute("fileExtension"));
        }
        return removed;
    }

    private static Map<?, ?> yaml(String name) throws IOException {
        return (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8));
    }

    private static Set<String> extensionsWritten(Path site) throws IOException {
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && name.contains("."))
                    .forEach(name -> kinds.add(name.substring(name.lastIndexOf('.') + 1)));
        }
        return kinds;
    }
}

package org.compendium.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.OutputFormat;

/** A content folder for tests: the {@code fixtures/base} compendium plus files of the test's own. */
public final class ContentFolder {
    /** Test resources in the source tree, where goldens are read and (with -Dgolden.update) written. */
    public static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src/test/resources");
    /** The repository's root folder, holding content/ (the demo) and templates/. */
    public static final Path PROJECT = RESOURCES.resolve("../../../../..").toAbsolutePath().normalize();
    /** The project's templates/ folder. */
    public static final Path TEMPLATES = PROJECT.resolve("templates");
    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    /** A folder {@code parent/content} holding the base fixture and then each overlay folder's files. */
    public static ContentFolder create(Path parent, Path... overlays) {
        Path root = parent.resolve("content");
        copyTree(RESOURCES.resolve("fixtures/base"), root);
        for (Path overlay : overlays) {
            copyTree(overlay, root);
        }
        return new ContentFolder(root);
    }

    public Path root() {
        return root;
    }

    public ContentFolder write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a check-only build. */
    public BuildResult check() {
        return new CompendiumBuilder().build(request().checkOnly(true).build());
    }

    /** A request with the repository's templates, HTML only, writing beside the content. */
    public BuildRequest.Builder request() {
        return BuildRequest.builder(root).outputDir(root.resolveSibling("site-output"))
                .templatesDir(TEMPLATES)
                .formats(java.util.EnumSet.of(OutputFormat.HTML))
                .timestamp(java.time.Instant.parse("2024-07-01T00:00:00Z"));
    }

    /** Diagnostics as printed from the folder above the content: {@code content/policies/x.md:3:1: error: …}. */
    public List<String> printed(BuildResult result) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(root, root.getParent());
        return result.diagnostics().stream().map(formatter::format).toList();
    }

    /** A valid policy with 第N条 articles, for building larger corpora in tests. */
    public static String samplePolicy(String id, String title, int n) {
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\nissuer: 示例市科学技术局\n"
                + "issued: 2022-0" + (1 + n % 9) + "-1" + (n % 10) + "\ncategory: 类别" + (n % 5) + "\n---\n\n# " + title + "\n\n");
        for (int article = 1; article <= 12; article++) {
            text.append("**第").append(article).append("条** 为了规范科技计划项目管理，促进科技成果转化，")
                    .append("根据有关法律法规，结合本市实际，制定本办法。第").append(n).append("号文件之第").append(article)
                    .append("条。\n\n");
        }
        return text.toString();
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

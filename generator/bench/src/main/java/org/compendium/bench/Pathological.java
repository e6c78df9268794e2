package org.compendium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;

/**
 * Small files that make CommonMark parsers or the PDF layout work superlinearly (issue 16), each built in all
 * formats at two sizes, {@code n} and {@code 4n} units: prints per shape and size the file's bytes, the build's
 * wall time, seconds per megabyte, the process's CPU time (steadier than the wall time on a shared machine), the
 * wall time of loading and of each format, and the outcome (published, or the first diagnostic), the growth from
 * {@code n} to {@code 4n} (about 4 when linear) and whether the budget holds: at most
 * {@value #SECONDS_PER_MB} s per MB plus {@value #FLOOR_SECONDS} s of fixed cost per build. Each build starts
 * from an empty output (no edition reused). Exits 1 when a shape is over budget.
 *
 * <pre>./mvnw --java -cp generator/bench/target/compendium-bench.jar org.compendium.bench.Pathological [n] [work] [templates]</pre>
 */
public final class Pathological {
    static final double SECONDS_PER_MB = 10;
    static final double FLOOR_SECONDS = 5;
    private static final String FRONT = "---\nid: shape\ntitle: 形状\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";

    private Pathological() {
    }

    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("[a](b ×n", n -> "[a](b".repeat(n));
        shapes.put("1.␠ ×n", n -> "1. ".repeat(n) + "x");
        shapes.put("[␠(]( ×n", n -> "[ (](".repeat(n));
        shapes.put("<? ×n", n -> "a <?".repeat(n));
        shapes.put("n lines 第N条 x", n -> {
            StringBuilder s = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                s.append("第").append(i).append("条 x\n");
            }
            return s.toString();
        });
        shapes.put("CJK paragraph of 26n characters", n -> {
            StringBuilder s = new StringBuilder();
            String clause = "为深入实施创新驱动发展战略推动科技成果转化促进企业研发投入制定本办法，";
            while (s.length() < 26 * n) {
                s.append(clause);
            }
            return s.toString();
        });
        shapes.put("n footnotes", n -> {
            StringBuilder s = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                s.append("第").append(i).append("条 正文[^").append(i).append("]\n");
            }
            s.append('\n');
            for (int i = 1; i <= n; i++) {
                s.append("[^").append(i).append("]: 注").append(i).append("\n");
            }
            return s.toString();
        });
        shapes.put("table of n rows", n -> "| 项目 | 标准 |\n|---|---|\n" + "| 研发费用补助 | 按10%给予补助 |\n".repeat(n));
        return shapes;
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7_500;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench/pathological").toAbsolutePath();
        Path templates = Path.of(args.length > 2 ? args[2] : "templates").toAbsolutePath();
        System.out.printf(Locale.ROOT, "pathological inputs, all formats; budget %.0f s per MB + %.0f s%n",
                SECONDS_PER_MB, FLOOR_SECONDS);
        System.out.printf(Locale.ROOT, "%-34s %6s %9s %7s %6s %7s %6s  %-32s %s%n", "shape", "units", "bytes", "wall s",
                "s/MB", "cpu s", "growth", "stages (wall s)", "outcome");
        boolean over = false;
        for (var shape : shapes().entrySet()) {
            double first = 0;
            for (int units : List.of(n, 4 * n)) {
                String body = FRONT + shape.getValue().apply(units) + "\n";
                long bytes = body.getBytes(StandardCharsets.UTF_8).length;
                Path content = content(work.resolve("content"), body);
                deleteOutput(work);
                long cpuStart = cpu();
                long start = System.nanoTime();
                BuildResult result = new CompendiumBuilder().build(BuildRequest.builder(content)
                        .outputDir(work.resolve("out")).templatesDir(templates).force(true)
                        .formats(EnumSet.allOf(OutputFormat.class)).build());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (cpu() - cpuStart) / 1e9;
                boolean ok = seconds <= FLOOR_SECONDS + SECONDS_PER_MB * bytes / 1e6;
                over |= !ok;
                String outcome = result.published() ? "published" : result.diagnostics().stream()
                        .filter(d -> d.severity() == org.compendium.core.kernel.Severity.ERROR).findFirst()
                        .map(d -> d.toString()).orElse("failed");
                System.out.printf(Locale.ROOT, "%-34s %6d %9d %7.1f %6.1f %7.1f %6s  %-32s %s %s%n", shape.getKey(), units,
                        bytes, seconds, seconds / (bytes / 1e6), cpuSeconds, first == 0 ? "" : String.format(Locale.ROOT,
                                "%.1f", seconds / first), stages(result), ok ? "within budget," : "OVER BUDGET,",
                        outcome.length() > 70 ? outcome.substring(0, 70) + "…" : outcome);
                first = first == 0 ? seconds : first;
            }
        }
        System.exit(over ? 1 : 0);
    }

    /** The process's CPU time (all threads), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The build's own stages that take time: loading, each format. */
    private static String stages(BuildResult result) {
        StringBuilder text = new StringBuilder();
        for (BuildResult.StageTiming t : result.timings()) {
            if (List.of("load+parse", "pdf", "epub", "html").contains(t.stage())) {
                text.append(t.stage().replace("load+parse", "load")).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", t.millis() / 1e3)).append(' ');
            }
        }
        return text.toString().strip();
    }

    /** Each build starts from no output, as a first build does: no edition is reused from the one before. */
    private static void deleteOutput(Path work) throws IOException {
        for (Path p : List.of(work.resolve("out"), work.resolve(".out.spare"))) {
            if (Files.exists(p)) {
                try (var files = Files.walk(p)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    private static Path content(Path root, String body) throws IOException {
        Files.createDirectories(root.resolve("policies/2023"));
        Files.createDirectories(root.resolve("summaries"));
        Files.writeString(root.resolve("compendium.yaml"), "title: 汇编\npublisher: 示例市科学技术局\n"
                + "base_url: https://kjj.example.gov.cn/\nlanguage: zh-CN\nas_of: 2024-06-30\n");
        Files.writeString(root.resolve("summaries/2023.md"), "---\nyear: 2023\ntitle: 2023年度综述\n---\n\n# 综述\n\n正文。\n");
        Files.writeString(root.resolve("policies/2023/shape.md"), body);
        return root;
    }
}

package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The Unix and Windows launchers invoke the same entry points: ./compendium and compendium.cmd the same
 * jar, JVM options and preview options; ./mvnw and mvnw.cmd the same Maven Wrapper and pinned Maven.
 * The Unix launcher is also run for real once the jar is built (tests run in verify, after package).
 */
class LaunchersTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "../..").toAbsolutePath().normalize();

    private static String read(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void compendiumLaunchersRunTheSameJarWithTheSameOptions() throws IOException {
        String unix = read("compendium");
        String windows = read("compendium.cmd").replace('\\', '/');
        for (String entry : new String[] {"generator/cli/target", "compendium.jar", "generator/cli/jvm.options",
                "-XX:TieredStopAtLevel=4 -XX:-UseParallelGC", "COMPENDIUM_JAVA_OPTS", "-jar"}) {
            assertTrue(unix.contains(entry), "compendium: " + entry);
            assertTrue(windows.contains(entry), "compendium.cmd: " + entry);
        }
        assertTrue(windows.contains("%*"), "compendium.cmd passes every argument on");
        assertTrue(read("compendium.cmd").contains("\r\n"), "a batch file has CRLF line ends");
    }

    @Test
    void mavenWrappersUseTheSamePinnedMaven() throws IOException {
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }
        assertEquals("3.3.4", wrapper.getProperty("wrapperVersion"));
        assertTrue(wrapper.getProperty("distributionUrl").matches(".*/apache-maven/3\\.9\\.\\d+/apache-maven-3\\.9\\.\\d+-bin\\.zip"));
        for (String script : new String[] {"mvnw", "mvnw.cmd"}) {
            String text = read(script);
            assertTrue(text.contains("Apache Maven Wrapper startup batch script, version 3.3.4"), script);
            assertTrue(text.contains("maven-wrapper.properties"), script);
        }
    }

    @Test
    void theUnixLauncherRunsTheBuiltJar() throws Exception {
        Path jar = ROOT.resolve("generator/cli/target/compendium.jar");
        assumeTrue(Files.isRegularFile(jar), "the shaded jar is built by package, before verify runs the tests");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(Main.class.getName(), file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        Process process = new ProcessBuilder("sh", ROOT.resolve("compendium").toString(), "--help")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("usage: compendium build|check|serve"), output);
    }
}

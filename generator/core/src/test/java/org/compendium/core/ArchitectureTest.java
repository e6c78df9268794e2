package org.compendium.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md. The core's packages are the stages of the pipeline; each may
 * use the packages before it in {@link #STAGES} and none after it, so no arrow runs back up the pipeline.
 */
class ArchitectureTest {
    private static final String CORE = "org.compendium.core";
    /** Lowest first. The root package is the build (API entry points); {@code preview} loops around it. */
    static final List<String> STAGES = List.of(
            "internal", "kernel", "output", "model", "paths",
            "parse", "load", "resolve", "history",
            "render", "render.template", "render.search", "render.html", "render.pdf", "render.epub",
            "publish", "", "preview", "scaffold");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    private static String pkg(String stage) {
        return stage.isEmpty() ? CORE : CORE + "." + stage;
    }

    @Test
    void everyPackageIsAStage() {
        org.junit.jupiter.api.Assertions.assertTrue(CLASSES.size() > 100, "the core's classes were not found");
        List<String> unknown = CLASSES.stream().map(c -> c.getPackageName())
                .filter(p -> STAGES.stream().noneMatch(s -> pkg(s).equals(p))).distinct().sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unknown,
                "packages missing from ArchitectureTest.STAGES (put each at its place in the pipeline)");
    }

    @Test
    void stagesUseOnlyEarlierStages() {
        for (int i = 0; i < STAGES.size(); i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(ArchitectureTest::pkg)
                    .toArray(String[]::new);
            if (later.length > 0) {
                noClasses().that().resideInAPackage(pkg(STAGES.get(i)))
                        .should().dependOnClassesThat().resideInAnyPackage(later)
                        .because("the pipeline runs one way: " + String.join(" → ", STAGES))
                        .check(CLASSES);
            }
        }
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(CORE + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreKnowsNothingOfMaven() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.maven..").check(CLASSES);
    }

    @Test
    void coreNeverChangesTheDefaultLocaleOrTimeZone() {
        noClasses().should().callMethod(Locale.class, "setDefault", Locale.class)
                .orShould().callMethod(Locale.class, "setDefault", Locale.Category.class, Locale.class)
                .orShould().callMethod(TimeZone.class, "setDefault", TimeZone.class)
                .check(CLASSES);
    }
}

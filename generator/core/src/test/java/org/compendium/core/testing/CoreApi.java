package org.compendium.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;

/**
 * The core's API, the only part of it an adapter (Maven plugin, command line) may use: the build in
 * {@code org.compendium.core}, its request and diagnostics in {@code org.compendium.core.kernel}, {@code compendium new}
 * in {@code org.compendium.core.scaffold}, and the live preview's {@code PreviewSession}. Everything else (the
 * stages, {@code internal}) may change at any time.
 */
public final class CoreApi {
    private static final Set<String> API_PACKAGES = Set.of("org.compendium.core", "org.compendium.core.kernel",
            "org.compendium.core.scaffold");
    private static final Set<String> API_CLASSES = Set.of("org.compendium.core.preview.PreviewSession");

    private CoreApi() {
    }

    /** Fails when a main class under {@code adapterPackage} uses a core class outside the API. */
    public static void checkAdapter(String adapterPackage) {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(adapterPackage);
        noClasses().that().resideInAPackage(adapterPackage + "..")
                .should().dependOnClassesThat(outsideTheApi())
                .because("adapters map their parameters into a BuildRequest and use only the core's API")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> outsideTheApi() {
        return DescribedPredicate.describe("are core classes outside the API", c -> {
            String name = c.getName();
            String top = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return c.getPackageName().startsWith("org.compendium.core")
                    && !API_PACKAGES.contains(c.getPackageName()) && !API_CLASSES.contains(top);
        });
    }
}

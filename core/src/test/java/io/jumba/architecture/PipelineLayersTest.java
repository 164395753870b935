package io.jumba.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins core's package structure (docs/architecture.md): packages in pipeline order, each depending only on the
 * packages before it; no package cycles; no two classes with one name; and core knowing nothing of the modules
 * built on it.
 */
class PipelineLayersTest {
    /**
     * Core's packages, first to last. A package may use only those above it: the runtime (arrays and the helpers
     * generated code calls) comes first because compiled kernels load it without the compiler.
     */
    static final List<String> PIPELINE = List.of(
            "array", "source", "diag", "runtime", "cache", "frontend", "types", "ir", "typing", "lower", "passes",
            "parallel", "plan", "codegen", "jit", "interp", "dispatch");

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jumba");

    @Test
    void everyPackageUsesOnlyThePackagesBeforeItInThePipeline() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : PIPELINE) layers = layers.layer(p).definedBy("io.jumba." + p + "..");
        for (int i = 0; i < PIPELINE.size() - 1; i++) {
            layers = layers.whereLayer(PIPELINE.get(i))
                    .mayOnlyBeAccessedByLayers(PIPELINE.subList(i + 1, PIPELINE.size()).toArray(String[]::new));
        }
        layers = layers.whereLayer(PIPELINE.getLast()).mayNotBeAccessedByAnyLayer();
        layers.check(CORE);
    }

    @Test
    void everyCorePackageIsInThePipeline() {
        var packages = CORE.stream().map(c -> c.getPackageName().substring("io.jumba.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(new java.util.TreeSet<>(PIPELINE), packages);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.jumba.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void coreKnowsNothingOfTheModulesBuiltOnIt() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.jumba.vectorize..", "io.jumba.ufunc..", "io.jumba.cli..", "io.jumba.bench..",
                        "io.jumba")
                .check(CORE);
    }

    @Test
    void noTwoClassesShareAName() {
        Map<String, List<String>> byName = CORE.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getPackageName, Collectors.toList())));
        byName.values().removeIf(ps -> ps.size() == 1);
        assertEquals(Map.of(), byName);
    }
}

package io.jumba.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Pins what compiled kernels need at run time: the packages generated code refers to (arrays, source positions,
 * errors and the runtime helpers with their parallel executor) depend on nothing but each other, the JDK, the
 * Vector API and EJML (np.linalg's decompositions, {@code io.jumba.runtime.LinAlg}), so a kernel compiled ahead of time runs with only these packages on the class path (the
 * jumba-runtime jar, which copies exactly these packages and depends on EJML), without the compiler or Janino.
 */
class RuntimePackagesTest {
    /** The runtime packages, as the runtime module's pom copies them. */
    static final List<String> RUNTIME = List.of("io.jumba.array", "io.jumba.source", "io.jumba.diag",
            "io.jumba.runtime", "io.jumba.runtime.parallel");

    private static final JavaClasses RUNTIME_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RUNTIME);

    @Test
    void runtimePackagesDependOnlyOnEachOtherTheJdkTheVectorApiAndEjml() {
        String[] allowed = Stream.concat(RUNTIME.stream(), Stream.of("java..", "jdk.incubator.vector..", "org.ejml.."))
                .toArray(String[]::new);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed).check(RUNTIME_CLASSES);
    }
}

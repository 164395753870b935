package io.jumba.runtimejar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes into the jumba-runtime jar (this module's classes, copied from core): only the runtime packages, every
 * class loadable with nothing else on the class path, and nothing that refers to the compiler or Janino (EJML,
 * this jar's one dependency, is what np.linalg calls).
 */
class RuntimeJarTest {
    private static final Path CLASSES = Path.of(System.getProperty("jumba.runtimeClasses", "target/classes"));
    private static final List<String> PACKAGES = List.of("io/jumba/array/", "io/jumba/source/", "io/jumba/diag/",
            "io/jumba/runtime/");

    private static List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            return walk.filter(Files::isRegularFile).map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void holdsOnlyTheRuntimePackagesClasses() throws IOException {
        List<String> files = files();
        assertTrue(files.size() > 50, "classes copied from core: " + files.size());
        for (String f : files) {
            assertTrue(f.endsWith(".class") && PACKAGES.stream().anyMatch(f::startsWith), "not a runtime class: " + f);
        }
        for (String needed : List.of("io/jumba/array/NDArray.class", "io/jumba/source/SourcePos.class",
                "io/jumba/diag/KernelRuntimeError.class", "io/jumba/runtime/Faults.class",
                "io/jumba/runtime/ArrayArguments.class", "io/jumba/runtime/parallel/ParallelLoop.class")) {
            assertTrue(files.contains(needed), "missing " + needed);
        }
    }

    @Test
    void everyClassLoadsWithoutTheCompiler() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            int loaded = 0;
            for (String f : files()) {
                String name = f.substring(0, f.length() - ".class".length()).replace('/', '.');
                assertEquals(loader, Class.forName(name, false, loader).getClassLoader(), name);
                loaded++;
            }
            assertEquals(files().size(), loaded);
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("io.jumba.jit.KernelCompiler"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.codehaus.janino.SimpleCompiler"));
        }
    }

    @Test
    void nothingRefersToTheCompilerOrJanino() {
        JavaClasses runtime = new ClassFileImporter().importPath(CLASSES);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.jumba.array..", "io.jumba.source..",
                "io.jumba.diag..", "io.jumba.runtime..", "java..", "jdk.incubator.vector..", "org.ejml..").check(runtime);
    }
}

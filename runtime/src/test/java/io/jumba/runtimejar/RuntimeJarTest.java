package io.jumba.runtimejar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes into the jumba-runtime jar (this module's classes, copied from core): only the runtime packages and its
 * module descriptor, every class loadable with nothing else on the class path, and nothing that refers to the
 * compiler or Janino (EJML, this jar's one dependency, is what np.linalg calls).
 */
class RuntimeJarTest {
    private static final Path CLASSES = Path.of(System.getProperty("jumba.runtimeClasses", "target/classes"));
    private static final List<String> PACKAGES = List.of("io/jumba/array/", "io/jumba/source/", "io/jumba/diag/",
            "io/jumba/runtime/");

    /** The module descriptor, compiled from this module's module-info.java. */
    private static final String DESCRIPTOR = "module-info.class";

    private static List<String> classesFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            return walk.filter(Files::isRegularFile).map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /**
     * The maven-compiler-plugin's record of the javac module options it used, left beside the classes; the parent pom
     * keeps it out of every jar.
     */
    private static final String JPMS_ARGS = "META-INF/jpms.args";

    /** What the jar holds: the files of the classes folder but the compiler's record. */
    private static List<String> files() throws IOException {
        return classesFolder().stream().filter(f -> !f.equals(JPMS_ARGS)).toList();
    }

    /** The class files, the module descriptor aside. */
    private static List<String> classFiles() throws IOException {
        return files().stream().filter(f -> !f.equals(DESCRIPTOR)).toList();
    }

    @Test
    void holdsOnlyTheRuntimePackagesClasses() throws IOException {
        List<String> files = classFiles();
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
            for (String f : classFiles()) {
                String name = f.substring(0, f.length() - ".class".length()).replace('/', '.');
                assertEquals(loader, Class.forName(name, false, loader).getClassLoader(), name);
                loaded++;
            }
            assertEquals(classFiles().size(), loaded);
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("io.jumba.jit.KernelCompiler"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.codehaus.janino.SimpleCompiler"));
        }
    }

    /**
     * On the module path the jar is module io.jumba.runtime: it exports every package it holds (ahead-of-time kernel
     * classes call them all) and requires neither core nor Janino, only EJML and, optionally, the Vector API.
     */
    @Test
    void isModuleIoJumbaRuntimeExportingEveryPackage() {
        ModuleDescriptor d = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
        assertEquals("io.jumba.runtime", d.name());
        Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.jumba.array", "io.jumba.source", "io.jumba.diag", "io.jumba.runtime",
                "io.jumba.runtime.parallel"), exported);
        assertEquals(d.packages(), exported);
        Set<String> required = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of("java.base", "ejml.core", "ejml.ddense", "jdk.incubator.vector"), required);
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("jdk.incubator.vector")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), d.requires().toString());
    }

    @Test
    void nothingRefersToTheCompilerOrJanino() {
        JavaClasses runtime = new ClassFileImporter().importPath(CLASSES);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.jumba.array..", "io.jumba.source..",
                "io.jumba.diag..", "io.jumba.runtime..", "java..", "jdk.incubator.vector..", "org.ejml..").check(runtime);
    }
}

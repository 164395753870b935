package io.jumba.cli;

import io.jumba.Jumba;
import io.jumba.ir.Program;
import io.jumba.ufunc.UFunc;
import io.jumba.vectorize.Vectorizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class files of core, vectorize, ufunc, the facade and the command line, read where each module's classes are loaded from (its
 * classes folder, or its jar): no fully qualified class name in two modules, and no package split across modules.
 * A stale copy of a class moved to another module (as {@code io.jumba.diag.UFuncException} once was in ufunc) would
 * otherwise shadow the real one, whichever comes first on the class path.
 */
class ModuleBoundariesTest {
    /** One class of each module, which locates the module's class files. */
    private static final Map<String, Class<?>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("core", Program.class);
        MODULES.put("vectorize", Vectorizer.class);
        MODULES.put("ufunc", UFunc.class);
        MODULES.put("jumba", Jumba.class);
        MODULES.put("cli", Main.class);
    }

    /** Per module, the binary names of its classes (e.g. {@code io.jumba.diag.UFuncException}). */
    private static Map<String, List<String>> classesByModule() {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        MODULES.forEach((module, marker) -> classes.put(module, classNames(location(marker))));
        return classes;
    }

    private static Path location(Class<?> marker) {
        try {
            return Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binary names of the classes under a classes folder or in a jar (multi-release copies and module-info left out). */
    private static List<String> classNames(Path root) {
        List<String> files = new ArrayList<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> all = Files.walk(root)) {
                    all.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream()
                .filter(f -> f.endsWith(".class") && !f.startsWith("META-INF/") && !f.endsWith("module-info.class"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .toList();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Test
    void eachModuleIsReadFromItsOwnPlaceAndHoldsItsMarker() {
        Map<String, List<String>> classes = classesByModule();
        assertEquals(MODULES.size(), MODULES.values().stream().map(ModuleBoundariesTest::location).distinct().count());
        MODULES.forEach((module, marker) -> assertTrue(classes.get(module).contains(marker.getName()),
                module + " holds " + marker.getName()));
    }

    @Test
    void noClassNameInTwoModules() {
        Map<String, TreeSet<String>> modulesByClass = new TreeMap<>();
        classesByModule().forEach((module, names) -> {
            for (String name : names) modulesByClass.computeIfAbsent(name, n -> new TreeSet<>()).add(module);
        });
        modulesByClass.values().removeIf(modules -> modules.size() == 1);
        assertEquals(Map.of(), modulesByClass, "classes defined in more than one module");
    }

    @Test
    void noPackageSplitAcrossModules() {
        Map<String, TreeSet<String>> modulesByPackage = new TreeMap<>();
        classesByModule().forEach((module, names) -> {
            for (String name : names) modulesByPackage.computeIfAbsent(packageOf(name), p -> new TreeSet<>()).add(module);
        });
        modulesByPackage.values().removeIf(modules -> modules.size() == 1);
        assertEquals(Map.of(), modulesByPackage, "packages split across modules");
    }
}

package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.ufunc.UFunc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library modules' descriptors (their compiled {@code module-info}) export to everyone only the API packages
 * (the facade, arrays, the type model, errors and their source positions, ufuncs), never a compiler-internal one,
 * and every public signature of an exported package names only types that a module-path user can see. Tests run on the
 * class path, so the descriptors are read from where the classes were loaded from, as the module path would read
 * them; the signatures are read from the loaded classes' public members.
 */
class ModuleApiTest {
    /** Each library module and the packages it exports to everyone (documented in docs/architecture.md). */
    private static final Map<String, Set<String>> API = Map.of(
            "io.jumba.core", Set.of("io.jumba.array", "io.jumba.cache", "io.jumba.diag", "io.jumba.source", "io.jumba.types"),
            "io.jumba.vectorize", Set.of("io.jumba.vectorize.options"),
            "io.jumba.ufunc", Set.of("io.jumba.ufunc"),
            "io.jumba", Set.of("io.jumba"));

    /** The compiler's packages: exported, if at all, only to Jumba's own modules. */
    private static final Set<String> INTERNAL = Set.of("io.jumba.frontend", "io.jumba.frontend.ast",
            "io.jumba.typing", "io.jumba.ir", "io.jumba.lower", "io.jumba.passes", "io.jumba.plan",
            "io.jumba.parallel", "io.jumba.codegen", "io.jumba.jit", "io.jumba.dispatch", "io.jumba.interp",
            "io.jumba.runtime", "io.jumba.runtime.parallel", "io.jumba.vectorize", "io.jumba.tools");

    /** The library modules, found where their classes were loaded from (classes folders or jars). */
    private static final List<ModuleReference> MODULES = ModuleFinder.of(
            location(NDArray.class), location(io.jumba.vectorize.options.VectorOptions.class), location(UFunc.class),
            location(Jumba.class)).findAll().stream().toList();

    @Test
    void everyLibraryModuleExportsExactlyItsApiPackages() {
        Map<String, Set<String>> exported = new TreeMap<>();
        for (ModuleReference m : MODULES) exported.put(m.descriptor().name(), unqualifiedExports(m.descriptor()));
        assertEquals(new TreeMap<>(API), exported);
    }

    @Test
    void noModuleExportsACompilerPackageToEveryone() {
        List<String> leaks = new ArrayList<>();
        for (ModuleReference m : MODULES) {
            for (String p : unqualifiedExports(m.descriptor())) {
                if (INTERNAL.contains(p)) leaks.add(m.descriptor().name() + " exports " + p);
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void internalPackagesAreExportedOnlyToJumbasOwnModules() {
        Set<String> names = MODULES.stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
        List<String> strangers = new ArrayList<>();
        for (ModuleReference m : MODULES) {
            for (ModuleDescriptor.Exports e : m.descriptor().exports()) {
                for (String target : e.targets()) {
                    if (!names.contains(target)) strangers.add(m.descriptor().name() + " exports " + e.source() + " to " + target);
                }
            }
        }
        assertEquals(List.of(), strangers);
    }

    @Test
    void exportedSignaturesNameOnlyExportedTypes() throws IOException {
        Set<String> visible = new HashSet<>();
        for (ModuleReference m : MODULES) visible.addAll(unqualifiedExports(m.descriptor()));
        Set<String> leaks = new TreeSet<>();
        int checked = 0;
        for (ModuleReference m : MODULES) {
            for (Class<?> c : exportedClasses(m, visible)) {
                checked++;
                for (Map.Entry<String, Type> use : apiTypes(c).entrySet()) {
                    for (Class<?> named : namedClasses(use.getValue(), new HashSet<>())) {
                        if (!canSee(named, visible)) leaks.add(use.getKey() + " names " + named.getName());
                    }
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " exported classes found");
        assertEquals("", String.join("\n", leaks));
    }

    /** A deliberately internal type is caught, so that the check above cannot pass by seeing nothing. */
    @Test
    void theSignatureCheckSeesAnInternalType() throws NoSuchMethodException {
        Set<String> visible = unqualifiedExports(MODULES.stream()
                .filter(m -> m.descriptor().name().equals("io.jumba.core")).findFirst().orElseThrow().descriptor());
        Method m = io.jumba.ir.Program.class.getMethod("functions");
        List<Class<?>> named = namedClasses(m.getGenericReturnType(), new HashSet<>());
        assertTrue(named.stream().anyMatch(c -> !canSee(c, visible)), named.toString());
    }

    private static Set<String> unqualifiedExports(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public classes (and the public members classes of those) of m's packages exported to everyone. */
    private static List<Class<?>> exportedClasses(ModuleReference m, Set<String> visible) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (ModuleReader reader = m.open()) {
            for (String resource : reader.list().toList()) {
                if (!resource.endsWith(".class") || resource.equals("module-info.class")) continue;
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                if (!visible.contains(name.substring(0, name.lastIndexOf('.')))) continue;
                Class<?> c = load(name);
                if (isApi(c)) classes.add(c);
            }
        }
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModuleApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Whether code outside the package can name c: public, and nested only in such classes. */
    private static boolean isApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) return false;
        }
        return true;
    }

    /** Every type c's API shows, keyed by where it shows. */
    private static Map<String, Type> apiTypes(Class<?> c) {
        Map<String, Type> types = new TreeMap<>();
        String owner = c.getName();
        if (c.getGenericSuperclass() != null) types.put(owner + " extends", c.getGenericSuperclass());
        Type[] interfaces = c.getGenericInterfaces();
        for (int i = 0; i < interfaces.length; i++) types.put(owner + " implements #" + i, interfaces[i]);
        TypeVariable<?>[] typeParameters = c.getTypeParameters();
        for (int i = 0; i < typeParameters.length; i++) types.put(owner + " <#" + i + ">", typeParameters[i]);
        boolean extensible = !Modifier.isFinal(c.getModifiers());
        for (Field f : c.getDeclaredFields()) {
            if (shown(f, extensible)) types.put(owner + "." + f.getName(), f.getGenericType());
        }
        List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
        executables.addAll(List.of(c.getDeclaredConstructors()));
        for (Executable e : executables) {
            if (!shown(e, extensible) || e.isSynthetic()) continue;
            String where = owner + "." + (e instanceof Constructor<?> ? "<init>" : e.getName());
            if (e instanceof Method m) types.put(where + " returns", m.getGenericReturnType());
            Type[] params = e.getGenericParameterTypes();
            for (int i = 0; i < params.length; i++) types.put(where + " parameter #" + i + " of " + params.length, params[i]);
            Type[] thrown = e.getGenericExceptionTypes();
            for (int i = 0; i < thrown.length; i++) types.put(where + " throws #" + i, thrown[i]);
            TypeVariable<?>[] vars = e.getTypeParameters();
            for (int i = 0; i < vars.length; i++) types.put(where + " <#" + i + ">", vars[i]);
        }
        return types;
    }

    private static boolean shown(Member m, boolean extensible) {
        int mod = m.getModifiers();
        return Modifier.isPublic(mod) || (extensible && Modifier.isProtected(mod));
    }

    /** The classes t names, arrays' element types and type arguments and bounds included. */
    private static List<Class<?>> namedClasses(Type t, Set<Type> seen) {
        List<Class<?>> out = new ArrayList<>();
        if (!seen.add(t)) return out;
        switch (t) {
            case Class<?> c when c.isArray() -> out.addAll(namedClasses(c.getComponentType(), seen));
            case Class<?> c -> { if (!c.isPrimitive()) out.add(c); }
            case ParameterizedType p -> {
                out.addAll(namedClasses(p.getRawType(), seen));
                if (p.getOwnerType() != null) out.addAll(namedClasses(p.getOwnerType(), seen));
                for (Type a : p.getActualTypeArguments()) out.addAll(namedClasses(a, seen));
            }
            case GenericArrayType g -> out.addAll(namedClasses(g.getGenericComponentType(), seen));
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) out.addAll(namedClasses(b, seen));
                for (Type b : w.getLowerBounds()) out.addAll(namedClasses(b, seen));
            }
            case TypeVariable<?> v -> { for (Type b : v.getBounds()) out.addAll(namedClasses(b, seen)); }
            default -> throw new IllegalArgumentException("unknown kind of type: " + t);
        }
        return out;
    }

    /**
     * Whether a module-path user of the library sees c: a public class of a package some library module exports to
     * everyone, or of a package a JDK module exports (tests run on the class path: the only named modules are the
     * JDK's, and a third-party library's class, in the unnamed module, is not visible through Jumba's modules).
     */
    private static boolean canSee(Class<?> c, Set<String> visible) {
        if (!isApi(c)) return false;
        String p = c.getPackageName();
        return visible.contains(p) || c.getModule().isNamed() && c.getModule().isExported(p);
    }
}

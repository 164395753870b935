package io.jumba.arrow;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the module path jumba-arrow is module {@code io.jumba.arrow}: it exports its one package, and every type its
 * public signatures name is the JDK's or comes from a package that a module it requires transitively exports
 * (Jumba's arrays, Arrow's vectors and allocators), so that {@code requires io.jumba.arrow;} is enough to call it.
 * Tests run on the class path: descriptors are read from where the classes were loaded from.
 */
class ArrowModuleTest {
    @Test
    void exportsItsPackageAndRequiresTransitivelyWhatItsSignaturesName() {
        ModuleDescriptor arrow = descriptorOf(ArrowArrays.class);
        assertEquals("io.jumba.arrow", arrow.name());
        assertEquals(Set.of("io.jumba.arrow"), exports(arrow));
        Set<String> transitive = arrow.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        List<String> unseen = new ArrayList<>();
        int named = 0;
        for (Method m : ArrowArrays.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) continue;
            List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
            types.add(m.getReturnType());
            for (Class<?> t : types) {
                while (t.isArray()) t = t.getComponentType();
                if (t.isPrimitive() || t.getModule().isNamed()) continue; // the JDK's: the only named modules here
                named++;
                ModuleDescriptor owner = descriptorOf(t);
                if (!transitive.contains(owner.name()) || !exports(owner).contains(t.getPackageName())) {
                    unseen.add(m.getName() + " names " + t.getName() + " of " + owner.name());
                }
            }
        }
        assertTrue(named > 5, "types checked: " + named);
        assertEquals(List.of(), unseen);
    }

    private static Set<String> exports(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static ModuleDescriptor descriptorOf(Class<?> c) {
        try {
            Path at = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(at).findAll().iterator().next().descriptor();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

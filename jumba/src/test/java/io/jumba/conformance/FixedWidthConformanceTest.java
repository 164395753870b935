package io.jumba.conformance;

import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.types.Signature;
import io.jumba.vectorize.options.SpeciesWidth;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite compiled at each fixed species width (64, 128, 256 and 512 bits, as
 * {@code -Djumba.simd.width} selects), whatever the hardware's: every case must still end as Numba's did and agree
 * with the interpreter. Widths beyond the hardware's run in the Vector API's Java fallback, slowly but exactly.
 * Not rerun under {@code -XX:MaxVectorSize=16} (see jumba/pom.xml): fixed widths do not depend on that flag.
 */
class FixedWidthConformanceTest {
    /**
     * Fewer vectorized specializations than this at a width means the suite no longer exercises the vectorizer
     * (now 98 at 64 bits, where loops mixing element sizes stay scalar, and 107 at the other widths).
     */
    private static final int MIN_VECTORIZED = 90;

    @TestFactory
    Stream<DynamicNode> conformanceAtEveryFixedWidth() throws IOException, URISyntaxException {
        List<ConformanceCase> cases = ConformanceTest.cases();
        return KernelModules.fixedWidths().stream()
                .map(w -> DynamicContainer.dynamicContainer("compiled " + w.bits() + "-bit", atWidth(w, cases)));
    }

    /** One test per case against Numba, one against the interpreter, then the check that the width was used. */
    private static Stream<DynamicNode> atWidth(SpeciesWidth width, List<ConformanceCase> cases) {
        KernelModules modules = KernelModules.compiledAt(width);
        String engine = "compiled " + width.bits() + "-bit";
        Stream<DynamicNode> perCase = cases.stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.id() + " [" + engine + "]",
                        () -> Outcomes.assertOutcome(c, KernelRun.of(c, modules.kernel(c)::call))),
                DynamicTest.dynamicTest(c.id() + " [" + engine + " vs interpreted]",
                        () -> Outcomes.assertPathsAgree(c, modules.kernel(c)))));
        return Stream.concat(perCase, Stream.of(DynamicTest.dynamicTest("vector loops use SPECIES_" + width.bits(),
                () -> assertSpecies(width, modules))));
    }

    /**
     * Every specialization compiled above that has vector loops declares its widest element type's species at
     * width, none the preferred one; and many did vectorize.
     */
    private static void assertSpecies(SpeciesWidth width, KernelModules modules) {
        int vectorized = 0;
        for (KernelModule module : modules.loaded()) {
            for (String name : module.functionNames()) {
                Kernel k = module.function(name);
                for (Signature sig : k.signatures()) {
                    String source = k.javaSource(sig);
                    if (!source.contains("VectorSpecies")) continue;
                    vectorized++;
                    assertTrue(source.contains("Vector.SPECIES_" + width.bits() + ";"), name + sig + ":\n" + source);
                    assertFalse(source.contains("SPECIES_PREFERRED"), name + sig + ":\n" + source);
                }
            }
        }
        assertTrue(vectorized >= MIN_VECTORIZED, vectorized + " vectorized specializations at " + width);
    }
}

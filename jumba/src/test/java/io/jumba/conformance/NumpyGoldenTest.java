package io.jumba.conformance;

import io.jumba.vectorize.options.SpeciesWidth;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy inside kernels against NumPy 2 itself: every case of numpy_golden/manifest.json (written by
 * tools/numpy_golden/generate.py, which runs the kernels as plain Python on NumPy) runs interpreted, compiled as
 * users get it, and compiled at each fixed species width (64 to 512 bits); each must end as NumPy did.
 */
class NumpyGoldenTest {
    @TestFactory
    Stream<DynamicNode> numpyGoldens() throws IOException, URISyntaxException {
        List<ConformanceCase> cases = cases();
        KernelModules asUsers = KernelModules.asUsersGetThem();
        Stream<DynamicNode> interpretedAndCompiled = Stream.of(
                DynamicContainer.dynamicContainer("interpreted", cases.stream().map(c -> DynamicTest.dynamicTest(
                        c.id() + " [interpreted]", () -> Outcomes.assertOutcome(c, KernelRun.of(c, asUsers.kernel(c)::interpret))))),
                DynamicContainer.dynamicContainer("compiled", cases.stream().map(c -> DynamicTest.dynamicTest(
                        c.id() + " [compiled]", () -> Outcomes.assertOutcome(c, KernelRun.of(c, asUsers.kernel(c)::call))))));
        Stream<DynamicNode> atWidths = Arrays.stream(SpeciesWidth.values()).filter(w -> w != SpeciesWidth.PREFERRED)
                .map(w -> {
                    KernelModules modules = KernelModules.compiledAt(w);
                    return DynamicContainer.dynamicContainer("compiled " + w.bits() + "-bit", cases.stream().map(c ->
                            DynamicTest.dynamicTest(c.id() + " [compiled " + w.bits() + "-bit]",
                                    () -> Outcomes.assertOutcome(c, KernelRun.of(c, modules.kernel(c)::call)))));
                });
        return Stream.concat(interpretedAndCompiled, atWidths);
    }

    private static List<ConformanceCase> cases() throws IOException, URISyntaxException {
        Path root = Path.of(NumpyGoldenTest.class.getResource("/numpy_golden/manifest.json").toURI()).getParent();
        List<ConformanceCase> cases = Manifest.load(root);
        assertTrue(cases.size() >= 30, "the NumPy golden suite has " + cases.size() + " cases");
        return cases;
    }
}

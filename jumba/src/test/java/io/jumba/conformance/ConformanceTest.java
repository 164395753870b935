package io.jumba.conformance;

import io.jumba.Kernel;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite: every case of conformance/manifest.json (golden outcomes recorded from real Numba 0.56.4 by
 * tools/conformance/generate.py) runs through the compiled path ({@link Kernel#call}) and the reference interpreter
 * ({@link Kernel#interpret}) as separate tests, plus a differential test of the two against each other. Each run gets
 * fresh copies of the input arrays. {@link FixedWidthConformanceTest} runs the suite again at each fixed species width.
 */
class ConformanceTest {
    private static final KernelModules MODULES = KernelModules.asUsersGetThem();

    @TestFactory
    Stream<DynamicNode> conformance() throws IOException, URISyntaxException {
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.id(), Stream.of(
                DynamicTest.dynamicTest(c.id() + " [compiled]",
                        () -> Outcomes.assertOutcome(c, KernelRun.of(c, MODULES.kernel(c)::call))),
                DynamicTest.dynamicTest(c.id() + " [interpreted]",
                        () -> Outcomes.assertOutcome(c, KernelRun.of(c, MODULES.kernel(c)::interpret))),
                DynamicTest.dynamicTest(c.id() + " [compiled vs interpreted]",
                        () -> Outcomes.assertPathsAgree(c, MODULES.kernel(c))))));
    }

    /** Every case of the manifest, which must hold the whole suite. */
    static List<ConformanceCase> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ConformanceTest.class.getResource("/conformance/manifest.json").toURI()).getParent();
        List<ConformanceCase> cases = Manifest.load(root);
        assertTrue(cases.size() >= 150, "the suite has " + cases.size() + " cases");
        return cases;
    }
}

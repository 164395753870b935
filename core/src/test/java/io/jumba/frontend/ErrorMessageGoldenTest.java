package io.jumba.frontend;

import io.jumba.error.JumbaException;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden tests for error messages: each {@code frontend/errors/NAME.py} must fail to parse (or to yield its
 * decorator options) with exactly the text of {@code NAME.txt} as {@link JumbaException#getMessage()}.
 * On a mismatch the actual text is written to {@code target/frontend-errors-actual/NAME.txt} for review.
 */
class ErrorMessageGoldenTest {
    @TestFactory
    Stream<DynamicTest> everyErrorCaseMatchesItsGolden() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/frontend/errors").toURI());
        List<Path> inputs;
        try (Stream<Path> listing = Files.list(dir)) {
            inputs = listing.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(inputs.size() >= 15, "too few golden cases: " + inputs.size());
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String fileName = input.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".py".length());
        String actual = messageOf(Files.readString(input), fileName);
        Path golden = input.resolveSibling(name + ".txt");
        String expected = Files.exists(golden) ? Files.readString(golden).stripTrailing() : null;
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "frontend-errors-actual", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual + "\n");
        }
        if (expected == null) fail("no golden " + golden.getFileName() + "; actual message:\n" + actual);
        assertEquals(expected, actual, fileName);
    }

    private static String messageOf(String source, String fileName) {
        try {
            Module module = Parser.parse(source, fileName);
            for (FunctionDef f : module.functions()) Decorators.options(module, f);
        } catch (JumbaException e) {
            return e.getMessage().stripTrailing();
        }
        return fail(fileName + " was accepted");
    }
}

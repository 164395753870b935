package io.jumba.frontend;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden tests for error messages: each {@code frontend/errors/NAME.py} must fail to parse (or to yield its
 * decorator options) with exactly the text of {@code NAME.txt} as {@link JumbaException#getMessage()}.
 * A case whose first line is {@code # call: f(ARG, ...)} parses and is then called, compiled and interpreted, and
 * both must fail with that text (typing errors and runtime faults); ARG is an int (int64), a float (float64), or
 * {@code DTYPE[N]} for the array {@code np.arange(N).astype(DTYPE)}.
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
        return inputs.stream().flatMap(input -> {
            String name = input.getFileName().toString();
            if (callOf(input) == null) return Stream.of(DynamicTest.dynamicTest(name, () -> check(input, Mode.PARSE)));
            return Stream.of(DynamicTest.dynamicTest(name + " [compiled]", () -> check(input, Mode.COMPILED)),
                    DynamicTest.dynamicTest(name + " [interpreted]", () -> check(input, Mode.INTERPRETED)));
        });
    }

    /** How a case is run: parsed only, or called through compiled code or the interpreter. */
    private enum Mode { PARSE, COMPILED, INTERPRETED }

    private static final Pattern CALL = Pattern.compile("# call: (\\w+)\\((.*)\\)");
    private static final Pattern ARRAY = Pattern.compile("(\\w+)\\[(\\d+)]");

    /** The {@code # call:} directive on the first line, or null. */
    private static Matcher callOf(Path input) {
        try {
            Matcher m = CALL.matcher(Files.readAllLines(input).getFirst());
            return m.matches() ? m : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path input, Mode mode) throws IOException {
        String fileName = input.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".py".length());
        String source = Files.readString(input);
        String actual = mode == Mode.PARSE ? messageOf(source, fileName) : callMessageOf(source, fileName, callOf(input), mode);
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

    private static String callMessageOf(String source, String fileName, Matcher call, Mode mode) {
        Object[] args = call.group(2).isBlank() ? new Object[0]
                : Arrays.stream(call.group(2).split(",")).map(String::strip).map(ErrorMessageGoldenTest::argument).toArray();
        try {
            Dispatcher d = new Dispatcher(Parser.parse(source, fileName), call.group(1), Pipeline.standard(), false);
            if (mode == Mode.COMPILED) d.call(args);
            else d.interpret(args);
        } catch (JumbaException e) {
            return e.getMessage().stripTrailing();
        }
        return fail(fileName + " ran without an error (" + mode + ")");
    }

    private static Object argument(String text) {
        Matcher array = ARRAY.matcher(text);
        if (array.matches()) return NDArray.arange(Long.parseLong(array.group(2))).astype(DType.byName(array.group(1)));
        if (text.matches("-?\\d+")) return Long.parseLong(text);
        return Double.parseDouble(text);
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

package io.jumba.parallel;

import io.jumba.diag.JumbaException;
import io.jumba.diag.ParallelSafetyError;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Golden tests for prange race detection: each {@code parallel/races/NAME.py} defines {@code k}; its first line
 * {@code # args: T1; T2; ...} gives the argument types (a second line {@code # reject-computed-indices} picks that
 * policy). {@code NAME.txt} holds either the {@link ParallelSafetyError} message (files named {@code reject_*}) or
 * every prange loop's {@link LoopSharing#describe()} (files named {@code accept_*}).
 * After a deliberate change, rewrite the goldens with
 * {@code bin/mvnw -o -pl core test -Dtest=RaceGoldenTest -Djumba.updateGoldens=true} and review the diff.
 */
class RaceGoldenTest {
    static final String UPDATE_PROPERTY = "jumba.updateGoldens";
    private static final Path DIR = Path.of("src/test/resources/parallel/races");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGolden() throws IOException {
        List<Path> inputs;
        try (Stream<Path> listing = Files.list(DIR)) {
            inputs = listing.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(inputs.stream().filter(p -> p.getFileName().toString().startsWith("reject_")).count() >= 8);
        assertTrue(inputs.stream().filter(p -> p.getFileName().toString().startsWith("accept_")).count() >= 8);
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path input) throws IOException {
        String file = input.getFileName().toString();
        String name = file.substring(0, file.length() - 3);
        List<String> lines = Files.readAllLines(input);
        assertTrue(lines.getFirst().startsWith("# args: "), file + " starts with '# args: '");
        List<Type> args = Arrays.stream(lines.getFirst().substring("# args: ".length()).split(";"))
                .map(String::strip).map(Signature::parseType).toList();
        RaceDetection.ComputedIndices policy = lines.get(1).strip().equals("# reject-computed-indices")
                ? RaceDetection.ComputedIndices.REJECT : RaceDetection.ComputedIndices.WARN;
        Program p = TypeInference.specialize(Parser.parse(Files.readString(input), file), "k", args);
        String actual;
        try {
            List<LoopSharing> loops = RaceDetection.analyze(p, policy);
            assertFalse(loops.isEmpty(), file + " has no prange loop");
            assertTrue(name.startsWith("accept_"), file + " was accepted:\n" + describe(loops));
            actual = describe(loops);
        } catch (ParallelSafetyError e) {
            assertTrue(name.startsWith("reject_"), () -> file + " was rejected: " + e.getMessage());
            actual = e.getMessage();
        } catch (JumbaException e) {
            throw new AssertionError(file + " failed before race detection: " + e.getMessage());
        }
        Path golden = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) Files.writeString(golden, actual.stripTrailing() + "\n");
        assertTrue(Files.exists(golden), golden + " is missing: rerun with -D" + UPDATE_PROPERTY + "=true and review it");
        assertEquals(Files.readString(golden).stripTrailing(), actual.stripTrailing(), file);
    }

    private static String describe(List<LoopSharing> loops) {
        return loops.stream().map(LoopSharing::describe).collect(Collectors.joining());
    }
}

package io.jumba.parallel;

import io.jumba.diag.ParallelSafetyError;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The race-detection goldens ({@link RaceGoldenTest}) through the whole compile: every {@code reject_*} kernel fails
 * to compile with its golden {@link ParallelSafetyError} message (the analysis runs again on the lowered program
 * the code generator sees, and must say the same), and every {@code accept_*} kernel compiles, its prange loops
 * parallel unless the golden says the loop stays serial. A golden marked {@code # reject-computed-indices} compiles
 * through {@link Pipeline#rejectingComputedIndexRaces()}.
 */
class RaceGoldenCompileTest {
    private static final Path DIR = Path.of("src/test/resources/parallel/races");

    @TestFactory
    Stream<DynamicTest> everyGoldenCompilesOrFailsAsItsGoldenSays() throws IOException {
        List<Path> inputs;
        try (Stream<Path> listing = Files.list(DIR)) {
            inputs = listing.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path input) throws IOException {
        String file = input.getFileName().toString();
        String name = file.substring(0, file.length() - 3);
        List<String> lines = Files.readAllLines(input);
        List<Type> args = Arrays.stream(lines.getFirst().substring("# args: ".length()).split(";"))
                .map(String::strip).map(Signature::parseType).toList();
        Program typed = TypeInference.specialize(Parser.parse(Files.readString(input), file), "k", args);
        String golden = Files.readString(DIR.resolve(name + ".txt")).stripTrailing();
        Pipeline pipeline = lines.get(1).strip().equals("# reject-computed-indices")
                ? Pipeline.standard().rejectingComputedIndexRaces() : Pipeline.standard();
        if (name.startsWith("reject_")) {
            ParallelSafetyError e = assertThrows(ParallelSafetyError.class, () -> pipeline.compile(typed), file);
            assertEquals(golden, e.getMessage().stripTrailing(), file);
        } else {
            CompiledKernel k = pipeline.compile(typed);
            boolean serial = golden.contains("stays serial");
            assertEquals(!serial, k.javaSource().contains("Parallel.run("), file + "\n" + k.javaSource());
        }
    }
}

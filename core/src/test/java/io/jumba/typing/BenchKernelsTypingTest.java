package io.jumba.typing;

import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.testing.BenchSuite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every case of the benchmark suite (bench/kernels) type-checks with its argument types and the return type it declares. */
class BenchKernelsTypingTest {
    @Test
    void everyCaseTypes() throws IOException {
        List<BenchSuite.Case> cases = BenchSuite.cases();
        for (BenchSuite.Case c : cases) {
            Program p = TypeInference.specialize(Parser.parse(c.source(), c.file()), c.function(), c.types());
            assertEquals(c.returns(), p.entry().returnType().toString(), c.file() + ": " + c.function());
        }
        assertEquals(26, cases.size());
    }
}

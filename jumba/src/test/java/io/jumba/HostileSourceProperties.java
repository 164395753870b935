package io.jumba;

import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelCompilationException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.fuzz.FuzzBudget;
import io.jumba.source.SourcePos;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Garbage kernels from jqwik, the tokens of {@link HostileSourceFuzzTest} (Java keywords and class names, escapes,
 * NUL bytes, huge literals, brackets and operators) in random order and spacing: each compiles and runs (within a
 * time limit: a {@code while True} may come up), or ends in a JumbaException with a position that is not an
 * internal error; never in any other Throwable. jqwik shrinks a failure to its fewest tokens.
 */
class HostileSourceProperties {
    @Property(tries = 300)
    @AddLifecycleHook(FuzzBudget.class)
    void garbageEndsInAPositionedKernelErrorOrRuns(@ForAll("bodies") String body) {
        String source = "def f(x):\n" + body + "\n";
        try {
            Jumba.jit(source, "fuzz.py").function("f").withTimeout(Duration.ofSeconds(10)).call(1L);
            Statistics.collect("runs");
        } catch (KernelRuntimeError e) {
            Statistics.collect("runtime error");
        } catch (JumbaException e) {
            Statistics.collect("refused");
            assertFalse(e instanceof KernelCompilationException, () -> e.getMessage() + "\n" + source);
            assertNotEquals(SourcePos.NONE, e.pos(), () -> "no position: " + e.getMessage() + "\n" + source);
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> token = Combinators.combine(Arbitraries.of(HostileSourceFuzzTest.TOKENS), Arbitraries.of(" ", " ", ""))
                .as(String::concat);
        return Combinators.combine(Arbitraries.of("    return ", "    ", "    x = "), token.list().ofMinSize(1).ofMaxSize(30))
                .as((head, tokens) -> head + String.join("", tokens));
    }
}

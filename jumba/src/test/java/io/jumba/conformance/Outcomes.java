package io.jumba.conformance;

import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.conformance.ConformanceCase.Argument;
import io.jumba.conformance.ConformanceCase.Expected;
import io.jumba.conformance.ConformanceCase.Outcome;
import io.jumba.diag.JumbaException;
import io.jumba.types.NamedTupleValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The assertions of the conformance suite on one {@link KernelRun}: against Numba's outcome, or compiled against interpreted. */
final class Outcomes {
    private Outcomes() {}

    /**
     * The run ended as Numba's did: same printed output, same return value(s) and array contents, or the same
     * Python exception.
     */
    static void assertOutcome(ConformanceCase c, KernelRun run) {
        assertEquals(c.stdout(), run.stdout(), c.id() + ": printed output");
        switch (c.outcome()) {
            case Outcome.Raises raises -> assertRaised(c, raises.pythonName(), run);
            case Outcome.Returns returns -> {
                if (run.error() != null) fail(c.id() + ": unexpected kernel error\n" + run.error().getMessage());
                assertReturned(c, returns, run.result());
                assertArgumentsAfter(c, run);
            }
        }
    }

    private static void assertRaised(ConformanceCase c, String pythonName, KernelRun run) {
        JumbaException e = run.error();
        assertNotNull(e, c.id() + ": expected " + pythonName + " but the call returned " + run.result());
        assertEquals(pythonName, e.pythonName(), c.id() + ": " + e.getMessage());
        String file = c.kernelFile().getFileName().toString();
        assertTrue(e.pos().line() > 0, c.id() + ": the error has no line: " + e.getMessage());
        assertTrue(e.getMessage().contains(file + ":" + e.pos().line()),
                c.id() + ": the message does not name " + file + " and a line: " + e.getMessage());
    }

    private static void assertReturned(ConformanceCase c, Outcome.Returns returns, Object result) {
        List<Expected> values = returns.values();
        if (!returns.tuple()) {
            assertValue(c, c.id() + " return value", values.getFirst(), result);
            return;
        }
        if (returns.namedTuple() != null) {
            NamedTupleValue named = assertInstanceOf(NamedTupleValue.class, result, c.id() + ": expected a namedtuple");
            assertEquals(returns.namedTuple(), named.name() + "(" + String.join(", ", named.fields()) + ")", c.id() + ": namedtuple class");
            result = named.toArray();
        }
        Object[] tuple = assertInstanceOf(Object[].class, result, c.id() + ": expected a tuple");
        assertEquals(values.size(), tuple.length, c.id() + ": tuple length");
        for (int i = 0; i < tuple.length; i++) assertValue(c, c.id() + " return value[" + i + "]", values.get(i), tuple[i]);
    }

    private static void assertValue(ConformanceCase c, String what, Expected expected, Object actual) {
        NDArray expectedArray = expected instanceof Expected.Array a ? read(a.file()) : null;
        Values.assertExpected(what, expected, expectedArray, actual, c.rtol(), c.atol());
    }

    /**
     * Arrays the kernel writes must hold Numba's contents afterwards, lists the items Numba's reflection gave them;
     * the others must be unchanged.
     */
    private static void assertArgumentsAfter(ConformanceCase c, KernelRun run) {
        for (int i = 0; i < c.args().size(); i++) {
            if (c.args().get(i) instanceof Argument.Array a) {
                NDArray expected = read(a.after() != null ? a.after() : a.file());
                NDArray actual = (NDArray) run.arguments().get(i);
                Values.assertArrayClose(c.id() + " argument " + i + " after the call", expected, actual, c.rtol(), c.atol());
            }
            if (c.args().get(i) instanceof Argument.ListOf l) {
                Object expected = java.util.Arrays.asList(KernelRun.fresh(l.after() != null ? l.after() : l.elements()));
                Values.assertSameResult(c.id() + " argument " + i + " after the call", expected,
                        run.arguments().get(i), c.rtol(), c.atol());
            }
        }
    }

    /** Compiled code and the interpreter agree with each other: results, written arrays, or exception names. */
    static void assertPathsAgree(ConformanceCase c, Kernel k) {
        KernelRun compiled = KernelRun.of(c, k::call);
        KernelRun interpreted = KernelRun.of(c, k::interpret);
        assertEquals(compiled.stdout(), interpreted.stdout(), c.id() + ": printed output, compiled vs interpreted");
        if (compiled.error() != null || interpreted.error() != null) {
            assertTrue(compiled.error() != null && interpreted.error() != null,
                    c.id() + ": only one path raised: " + message(compiled) + " vs " + message(interpreted));
            assertEquals(compiled.error().pythonName(), interpreted.error().pythonName(), c.id() + ": exception names");
            return;
        }
        Values.assertSameResult(c.id() + " compiled vs interpreted", compiled.result(), interpreted.result(),
                c.rtol(), c.atol());
        for (int i = 0; i < c.args().size(); i++) {
            Values.assertSameResult(c.id() + " argument " + i + " after the call, compiled vs interpreted",
                    compiled.arguments().get(i), interpreted.arguments().get(i), c.rtol(), c.atol());
        }
    }

    private static String message(KernelRun run) {
        return run.error() != null ? run.error().getMessage() : "returned " + run.result();
    }

    private static NDArray read(Path file) {
        try {
            return Npy.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

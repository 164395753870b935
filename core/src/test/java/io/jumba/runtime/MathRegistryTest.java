package io.jumba.runtime;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The registry's entries are complete and consistent: each function has a scalar implementation and a vector form
 * or a scalar-only reason, integer forms exactly where the typing keeps integers, ufunc loop families that fit its
 * arity, and no Python name claimed twice. (That implementations agree is checked where they run: codegen against
 * the interpreter in ScalarDifferentialTest, vector lanes in the vectorize module's MathLanesTest.)
 */
class MathRegistryTest {
    @Test
    void everyEntryIsComplete() {
        for (MathFn fn : MathFn.values()) {
            MathDefinition d = fn.definition();
            assertNotNull(d.scalar(), fn + " has no scalar implementation");
            boolean complex = d.typing() == MathTyping.COMPLEX;
            assertEquals(complex, d.scalar() instanceof ScalarImplementation.OnComplex,
                    fn + ": a complex implementation exactly when the typing is complex");
            assertTrue(d.scalar().call().matches(complex ? "ComplexMath\\.[a-z][A-Za-z0-9]*" : "(MathFunctions|MathFn)\\.[a-z0-9]+"),
                    fn + " calls " + d.scalar().call() + ", not a method of the runtime's math classes");
            assertNotNull(d.lane(), fn + " declares neither a vector form nor why it is scalar only");
            if (d.lane() instanceof LaneForm.ScalarOnly s) assertFalse(s.reason().isBlank(), fn + ": empty reason");
            boolean keeps = d.typing() == MathTyping.KEEPS_TYPE;
            assertEquals(keeps, d.integers() != null || d.onIntegers() != null,
                    fn + ": an integer form exactly when the typing keeps integers");
            if (d.onIntegers() != null) assertEquals(fn.arity, d.onIntegers().arity, fn + " on integers");
            assertEquals(d.typing() == MathTyping.PREDICATE, d.scalar() instanceof ScalarImplementation.Test,
                    fn + ": a bool test exactly when the typing is a predicate");
        }
    }

    @Test
    void ufuncLoopFamiliesFitTheArity() {
        for (MathFn fn : MathFn.values()) {
            UfuncForm u = fn.definition().ufunc();
            if (u == null) continue;
            int needs = switch (u.loops()) {
                case NUMERIC_BOOL_AND, NUMERIC_BOOL_OR -> 2;
                case NUMERIC_UNSIGNED_ZERO, WHOLE_AS_IS -> 1;
                case FLOATS, NUMERIC, NUMERIC_BOOL_AS_IS, ALL_TO_BOOL -> fn.arity;
            };
            assertEquals(needs, fn.arity, fn + "'s ufunc " + u.name());
            assertNotEquals(MathTyping.FLOAT64, fn.typing(), fn + ": ufunc float32 loops would round twice");
        }
    }

    @Test
    void everyNameDenotesOneFunction() {
        Map<String, MathFn> seen = new HashMap<>();
        for (MathFn fn : MathFn.values()) {
            for (String n : fn.definition().names()) assertNull(seen.put(n, fn), n + " named twice");
            for (String n : fn.definition().floatNames()) assertNull(seen.put(n, fn), n + " named twice");
            UfuncForm u = fn.definition().ufunc();
            if (u != null) {
                assertNull(seen.put("ufunc " + u.name(), fn), "ufunc " + u.name() + " built twice");
                for (String a : u.aliases()) assertNull(seen.put("ufunc " + a, fn), "ufunc " + a + " built twice");
            }
        }
        assertEquals(MathFn.HYPOT, seen.get("numpy.hypot"));
    }
}

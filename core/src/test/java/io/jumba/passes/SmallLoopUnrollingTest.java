package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.lower.ArrayLowering;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.TestIr.assertSameValue;
import static io.jumba.testing.TestIr.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Small constant loops are unrolled and folded, with behaviour unchanged (results, stores and errors). */
class SmallLoopUnrollingTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            COEFFS = (1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0)

            @njit
            def horner(x, out):
                for i in range(x.shape[0]):
                    v = x[i]
                    acc = COEFFS[0]
                    for k in range(1, len(COEFFS)):
                        acc = acc * v + COEFFS[k]
                    out[i] = acc

            @njit
            def last_index(a):
                s = 0.0
                for k in range(10, 0, -3):
                    s += a[k]
                return s, k

            @njit
            def too_long(a):
                s = 0.0
                for k in range(17):
                    s += a[k % 3]
                return s

            @njit
            def early_exit(a):
                s = 0.0
                for k in range(4):
                    if a[k] < 0.0:
                        break
                    s += a[k]
                return s

            @njit
            def out_of_range(a):
                t = (1.0, 2.0, 3.0)
                s = 0.0
                for k in range(4):
                    s += t[k] * a[0]
                return s

            @njit
            def nested(a, out):
                for i in range(a.shape[0]):
                    for p in range(2):
                        for q in range(3):
                            out[i] += a[i] * (p + 1) * (q + 1)
            """;

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static long loops(Program p) { return count(p.entry().body(), Stmt.ForRange.class); }

    /** Interprets the typed program and the lowered+unrolled one on fresh arguments; both must agree. */
    private static Program sameBehaviour(Program typed, Supplier<Object[]> args) {
        Program unrolled = SmallLoopUnrolling.apply(ArrayLowering.apply(typed));
        Object[] a = args.get(), b = args.get();
        Object expected, actual;
        try {
            expected = Interpreter.run(typed, a);
        } catch (io.jumba.diag.KernelRuntimeError e) {
            io.jumba.diag.KernelRuntimeError other = null;
            try {
                Interpreter.run(unrolled, b);
            } catch (io.jumba.diag.KernelRuntimeError e2) {
                other = e2;
            }
            assertNotNull(other, "only the original raised " + e.getMessage());
            assertEquals(e.getMessage(), other.getMessage());
            return unrolled;
        }
        actual = Interpreter.run(unrolled, b);
        assertSameValue(expected, actual);
        for (int k = 0; k < a.length; k++) assertSameValue(a[k], b[k]);
        return unrolled;
    }

    @Test
    void hornerOverAConstantTupleBecomesStraightLine() {
        Program p = sameBehaviour(typed("horner", f64(), f64()),
                () -> new Object[] {NDArray.random(1, 33), NDArray.zeros(DType.FLOAT64, 33)});
        assertEquals(1, loops(p), "only the loop over x remains");
        assertEquals(0, count(p.entry().body(), io.jumba.ir.Expr.Select.class), "tuple indexing folded away");
        assertEquals(0, count(p.entry().body(), Stmt.Raise.class), "tuple range checks folded away");
    }

    @Test
    void indexKeepsItsLastValueForNegativeSteps() {
        Program p = sameBehaviour(typed("last_index", f64()), () -> new Object[] {NDArray.random(2, 11)});
        assertEquals(0, loops(p));
    }

    @Test
    void loopsThatAreLongOrLeaveEarlyStay() {
        assertEquals(1, loops(sameBehaviour(typed("too_long", f64()), () -> new Object[] {NDArray.random(3, 3)})));
        assertEquals(1, loops(sameBehaviour(typed("early_exit", f64()), () -> new Object[] {NDArray.random(4, 4)})));
    }

    @Test
    void anIterationThatAlwaysRaisesKeepsTheLoopAndTheError() {
        Program p = sameBehaviour(typed("out_of_range", f64()), () -> new Object[] {NDArray.random(5, 2)});
        assertEquals(1, loops(p));
    }

    @Test
    void nestedSmallLoopsUnrollCompletely() {
        Program p = sameBehaviour(typed("nested", f64(), f64()),
                () -> new Object[] {NDArray.random(6, 9), NDArray.random(7, 9)});
        assertEquals(1, loops(p));
    }
}

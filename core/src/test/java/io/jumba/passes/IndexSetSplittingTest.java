package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.lower.ArrayLowering;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.TestIr.assertSameValue;
import static io.jumba.testing.TestIr.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Innermost loops that test their first or last index, or loop invariants, are split: the interior loop has no test
 * left, and for every size around the edge cases (empty, one, two, three iterations) the interpreter computes the
 * same results, stores and final index values on the split program as on the original.
 */
class IndexSetSplittingTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def stencil(a, out):
                n, m = a.shape
                for i in range(n):
                    for j in range(m):
                        if i == 0 or j == 0 or i == n - 1 or j == m - 1:
                            out[i, j] = a[i, j]
                        else:
                            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
                return i * 1000 + j

            @njit
            def first_only(a, out, lo):
                s = 0.0
                for j in range(lo, a.shape[0]):
                    t = a[j] * 2.0
                    if j == lo:
                        s = s + t
                    out[j] = t + s
                return s + j

            @njit
            def last_only(a, out):
                for j in range(a.shape[0]):
                    if a.shape[0] - 1 == j:
                        out[j] = -1.0
                    else:
                        out[j] = a[j]
                return j

            @njit
            def flag_only(a, out, flip):
                for j in range(a.shape[0]):
                    if flip > 0:
                        out[j] = -a[j]
                    else:
                        out[j] = a[j]

            @njit
            def middle(a, out):
                for j in range(a.shape[0]):
                    if j == 3:
                        out[j] = 0.0
                    else:
                        out[j] = a[j]
            """;

    private static final Type F1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Type F2 = Type.array(DType.FLOAT64, 2, Layout.C);

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    /**
     * Interprets the typed program and the lowered, split one on the same fresh arguments; both must agree, or both
     * fail with the same message (j read after a loop that ran zero times).
     */
    private static Program sameBehaviour(Program typed, Object[] a, Object[] b) {
        Program split = IndexSetSplitting.apply(ArrayLowering.apply(typed));
        Object expected;
        try {
            expected = Interpreter.run(typed, a);
        } catch (RuntimeException e) {
            RuntimeException other = assertThrows(RuntimeException.class, () -> Interpreter.run(split, b));
            assertEquals(e.getMessage(), other.getMessage());
            return split;
        }
        assertSameValue(expected, Interpreter.run(split, b));
        for (int k = 0; k < a.length; k++) assertSameValue(a[k], b[k]);
        return split;
    }

    private static long loops(Program p) { return count(p.entry().body(), Stmt.ForRange.class); }

    /** The ifs inside innermost loops (the tests left in the loops a vectorizer takes). */
    private static long testsInLoops(Program p) {
        return Stmts.walk(p.entry().body())
                .filter(s -> s instanceof Stmt.ForRange f && Stmts.walk(f.body()).noneMatch(x -> x instanceof Stmt.ForRange))
                .mapToLong(s -> Stmts.walk(((Stmt.ForRange) s).body()).filter(x -> x instanceof Stmt.If).count()).sum();
    }

    @Test
    void aStencilsBorderTestIsHoistedAndPeeledOffTheInteriorLoop() {
        for (int n : new int[] {1, 2, 3, 6}) {
            for (int m : new int[] {1, 2, 3, 7}) {
                Program p = sameBehaviour(typed("stencil", F2, F2),
                        new Object[] {NDArray.random(n * 10 + m, n, m), NDArray.zeros(DType.FLOAT64, n, m)},
                        new Object[] {NDArray.random(n * 10 + m, n, m), NDArray.zeros(DType.FLOAT64, n, m)});
                // the i loop, the j loop of border rows, the interior j loop
                assertEquals(3, loops(p), () -> io.jumba.ir.IrPrinter.print(p));
                assertEquals(0, testsInLoops(p), "no test left in the j loops");
            }
        }
    }

    @Test
    void aFirstIndexTestPeelsTheFirstIterationAndTheIndexEndsAsInPython() {
        for (int n : new int[] {0, 1, 2, 3, 9}) {
            for (long lo : new long[] {0, 1, 4}) {
                Program p = sameBehaviour(typed("first_only", F1, F1, Type.INT64),
                        new Object[] {NDArray.random(n, n), NDArray.zeros(DType.FLOAT64, n), lo},
                        new Object[] {NDArray.random(n, n), NDArray.zeros(DType.FLOAT64, n), lo});
                assertEquals(0, testsInLoops(p));
            }
        }
    }

    @Test
    void aLastIndexTestWrittenEitherWayPeelsTheLastIteration() {
        for (int n : new int[] {0, 1, 2, 3, 9}) {
            Program p = sameBehaviour(typed("last_only", F1, F1),
                    new Object[] {NDArray.random(n, n), NDArray.zeros(DType.FLOAT64, n)},
                    new Object[] {NDArray.random(n, n), NDArray.zeros(DType.FLOAT64, n)});
            assertEquals(0, testsInLoops(p));
        }
    }

    @Test
    void anInvariantTestIsUnswitched() {
        for (long flip : new long[] {-1, 1}) {
            Program p = sameBehaviour(typed("flag_only", F1, F1, Type.INT64),
                    new Object[] {NDArray.random(3, 5), NDArray.zeros(DType.FLOAT64, 5), flip},
                    new Object[] {NDArray.random(3, 5), NDArray.zeros(DType.FLOAT64, 5), flip});
            assertEquals(2, loops(p));
            assertEquals(0, testsInLoops(p));
        }
    }

    @Test
    void aTestOfAnIndexInsideTheRangeStays() {
        Program p = sameBehaviour(typed("middle", F1, F1),
                new Object[] {NDArray.random(4, 6), NDArray.zeros(DType.FLOAT64, 6)},
                new Object[] {NDArray.random(4, 6), NDArray.zeros(DType.FLOAT64, 6)});
        assertEquals(1, loops(p));
        assertEquals(1, testsInLoops(p));
    }
}

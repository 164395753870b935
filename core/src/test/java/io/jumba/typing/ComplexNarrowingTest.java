package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/**
 * No complex value reaches a real type by dropping its imaginary part: np.median, np.std, np.interp, np.round and
 * np.average of complex arrays once returned the real parts' answers without a word. Every such cast is a
 * TypingError at the kernel's line (Numba refuses them all), naming the call, never a line of Jumba's prelude; and
 * fabs, which has no complex form in NumPy or Python, is not taken for abs.
 */
class ComplexNarrowingTest {
    private static final Type C1 = Type.array(DType.COMPLEX128, 1, Layout.A);
    private static final Type F1 = Type.array(DType.FLOAT64, 1, Layout.A);

    @ParameterizedTest
    @ValueSource(strings = {"np.median(a)", "np.nanmedian(a)", "np.percentile(a, 50.0)", "np.quantile(a, 0.5)",
            "np.nanpercentile(a, 5.0)", "np.median(a.reshape(2, -1), axis=0)", "a.astype(np.float64)",
            "a.astype(np.int32)", "np.float64(a[0])", "float(a[0])", "int(a[0])", "np.average(a, weights=a)",
            "np.nanmin(a)", "np.nanmax(a)", "np.interp(a, r, r)", "np.interp(1.0, a, r)", "np.fabs(a)",
            "math.fabs(a[0])", "np.less(a, a)", "np.greater_equal(a, r)", "np.histogram(a, 4, (0.0, 1.0))"})
    void aComplexValueIsNeverCastToAReal(String call) {
        String src = "def f(a, r):\n    x = 1\n    return " + call + "\n";
        TypingError e = assertThrows(TypingError.class, () -> Kernels.infer(src, "f", C1, F1), call);
        assertEquals("k.py", e.pos().file(), e.getMessage());
        assertEquals(6, e.pos().line(), e.getMessage());
        assertTrue(e.detail().contains("complex"), e.getMessage());
    }

    @Test
    void theErrorNamesTheCallAndWhatWouldBeLost() {
        TypingError e = assertThrows(TypingError.class,
                () -> Kernels.infer("def f(a):\n    return np.median(a)\n", "f", C1));
        assertEquals("np.median() is not supported on these arguments: cannot cast complex128 to float64: the imaginary"
                + " part would be lost", e.detail());
        assertEquals(12, e.pos().col());
    }

    @Test
    void aPreludeLineThatDoesNotTypeIsReportedAtTheKernelsCall() {
        // np.clip is the prelude's loop, whose np.maximum has no complex form
        TypingError e = assertThrows(TypingError.class,
                () -> Kernels.infer("def f(a):\n    return np.clip(a, 0, 1)\n", "f", C1));
        assertEquals("k.py", e.pos().file(), e.getMessage());
        assertEquals(5, e.pos().line(), e.getMessage());
        assertTrue(e.detail().startsWith("np.clip() is not supported on these arguments: np.maximum() of complex values"),
                e.getMessage());
    }

    @Test
    void aStatementOutsideACallReportsTheCast() {
        TypingError e = assertThrows(TypingError.class,
                () -> Kernels.infer("def f(a, r):\n    r[0] += a[0]\n    return r\n", "f", C1, F1));
        assertEquals(5, e.pos().line(), e.getMessage());
        assertTrue(e.detail().contains("imaginary part"), e.getMessage());
    }

    @Test
    void anArithmeticReductionOfComplexElementsIsNotAnIrNode() {
        Expr a = new Expr.Local(new io.jumba.ir.Var("a", C1));
        for (ReduceOp op : ReduceOp.values()) {
            if (op == ReduceOp.ANY || op == ReduceOp.ALL) {
                assertDoesNotThrow(() -> new Expr.Reduce(op, a, null, Type.BOOL, SourcePos.NONE));
            } else {
                assertThrows(IllegalArgumentException.class, () -> new Expr.Reduce(op, a, null, Type.scalar(DType.COMPLEX128),
                        SourcePos.NONE), op.name());
            }
        }
    }
}

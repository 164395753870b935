package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.dispatch.Dispatcher;
import io.jumba.frontend.Parser;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Builtins and NumPy functions whose Numba 0.56 semantics differ from the obvious ones; each kernel runs compiled and
 * interpreted, and the values are what real Numba returns.
 */
class NumbaBuiltinsTest {
    private static final double NAN = Double.NaN;

    /** Runs function of src with args both compiled and interpreted, handing each result to check. */
    private static void both(String src, String function, Consumer<Object> check, Object... args) {
        Dispatcher d = new Dispatcher(Parser.parse(Kernels.HEADER + src, "k.py"), function);
        check.accept(d.call(args));
        check.accept(d.interpret(args));
    }

    private static void returns(Object expected, String src, String function, Object... args) {
        both(src, function, r -> assertEquals(expected, r), args);
    }

    @Test
    void logaddexpAsNumpy() {
        String src = """
                @njit
                def f(x, y):
                    return np.logaddexp(x, y)
                @njit
                def arrays(a, b):
                    return np.logaddexp(a, b)
                """;
        both(src, "f", r -> assertEquals(2.313261687518223, (Double) r, 1e-15), 1.0, 2.0);
        both(src, "f", r -> assertEquals(2.313261687518223, (Double) r, 1e-15), 2L, 1L);
        returns(0.6931471805599453, src, "f", 0.0, 0.0);
        returns(-999.5259230158199, src, "f", -1000.0, -1000.5);
        returns(Double.POSITIVE_INFINITY, src, "f", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        returns(Double.POSITIVE_INFINITY, src, "f", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        returns(Double.NEGATIVE_INFINITY, src, "f", Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        returns(NAN, src, "f", NAN, 1.0);
        returns(2.3132617f, src, "f", 1.0f, 2.0f);
        both(src, "arrays", r -> {
            NDArray m = (NDArray) r;
            assertEquals(DType.FLOAT32, m.dtype());
            assertEquals(2.3132617f, (float) m.getDouble(0));
        }, NDArray.of(new float[] {1f}), NDArray.of(new float[] {2f}));
    }

    @Test
    void builtinMinMaxKeepTheFirstOperandUnlessBeaten() {
        String src = """
                @njit
                def mm(x, y):
                    return min(x, y), max(x, y)
                """;
        both(src, "mm", r -> assertArrayEquals(new Object[] {NAN, NAN}, (Object[]) r), NAN, 1.0);
        both(src, "mm", r -> assertArrayEquals(new Object[] {1.0, 1.0}, (Object[]) r), 1.0, NAN);
        both(src, "mm", r -> assertArrayEquals(new Object[] {1.0, 2.5}, (Object[]) r), 1L, 2.5);
        both(src, "mm", r -> assertArrayEquals(new Object[] {2L, 3L}, (Object[]) r), 3L, 2L);
    }

    @Test
    void fmaxAndFminIgnoreNaNWhileMaximumPropagatesIt() {
        String src = """
                @njit
                def f(x, y):
                    return np.maximum(x, y), np.minimum(x, y), np.fmax(x, y), np.fmin(x, y)
                @njit
                def arrays(a, b):
                    return np.fmax(a, b)
                """;
        both(src, "f", r -> assertArrayEquals(new Object[] {NAN, NAN, 2.0, 2.0}, (Object[]) r), NAN, 2.0);
        both(src, "f", r -> assertArrayEquals(new Object[] {5L, 2L, 5L, 2L}, (Object[]) r), 5L, 2L);
        NDArray a = NDArray.of(new double[] {NAN, 1, 4}), b = NDArray.of(new double[] {3, NAN, 2});
        both(src, "arrays", r -> {
            NDArray m = (NDArray) r;
            assertEquals(3.0, m.getDouble(0));
            assertEquals(1.0, m.getDouble(1));
            assertEquals(4.0, m.getDouble(2));
        }, a, b);
    }

    @Test
    void npPowerTypesLikeTheUfunc() {
        String src = """
                @njit
                def p(x, y):
                    return np.power(x, y)
                """;
        returns(Math.sqrt(2.0), src, "p", 2.0, 0.5);
        returns(81L, src, "p", 3L, 4L);
        // int32 ** int32 stays int32 (the ** operator would give int64), as Numba's np.power.
        Type i32 = Type.scalar(DType.INT32);
        assertEquals(i32, Kernels.infer(src, "p", i32, i32).entry().returnType());
        returns(8.0f, src, "p", 2.0f, 3L);
        both(src, "p", r -> assertEquals(DType.INT64, ((NDArray) r).dtype()), NDArray.of(new long[] {2, 3}), 2L);
    }

    @Test
    void roundWithDigitsGivesAFloat() {
        String src = """
                @njit
                def r(x, n):
                    return round(x, n)
                """;
        returns(2.68, src, "r", 2.675, 2L);
        returns(1200.0, src, "r", 1234.5, -2L);
        returns(12300.0, src, "r", 12345L, -2L);
    }

    @Test
    void dotMethodIsNpDot() {
        String src = """
                @njit
                def d(a, b):
                    return a.dot(b)
                """;
        returns(32.0, src, "d", NDArray.of(new double[] {1, 2, 3}), NDArray.of(new double[] {4, 5, 6}));
    }

    @Test
    void meanOfNothingDividesByZero() {
        String src = """
                @njit
                def m(a):
                    return np.mean(a)
                @njit(error_model='numpy')
                def quiet(a):
                    return a.mean()
                """;
        Dispatcher d = new Dispatcher(Parser.parse(Kernels.HEADER + src, "k.py"), "m");
        NDArray empty = NDArray.of(new double[0]);
        for (var run : java.util.List.<java.util.function.Supplier<Object>>of(() -> d.call(empty), () -> d.interpret(empty))) {
            KernelRuntimeError e = assertThrows(KernelRuntimeError.class, run::get);
            assertEquals("ZeroDivisionError", e.pythonName());
            assertEquals("division by zero", e.detail());
        }
        returns(NAN, src, "quiet", empty);
        returns(2.0, src, "m", NDArray.of(new double[] {1, 3}));
    }

    @Test
    void omittedEntryArgumentsTakeTheirDefaults() {
        String src = """
                SCALE = 2.0
                @njit
                def scaled(x, factor=SCALE, offset=0.5, flag=True):
                    return x * factor + offset if flag else x
                """;
        returns(6.5, src, "scaled", 3.0);
        returns(9.5, src, "scaled", 3.0, 3.0);
        returns(10.0, src, "scaled", 3.0, 3.0, 1.0);
        returns(3.0, src, "scaled", 3.0, 3.0, 1.0, false);
        Dispatcher d = new Dispatcher(Parser.parse(Kernels.HEADER + src, "k.py"), "scaled");
        assertThrows(io.jumba.diag.TypingError.class, d::call);
    }
}

package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.LaneForm;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.MathTyping;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every registered math function ({@link MathFn}) against its vector form: a loop {@code out[i] = f(a[i], ...)}
 * vectorizes exactly when the entry declares a vector form for that dtype (so a form the vectorizer ignores, or a
 * missing form, fails here), and the SIMD code agrees with the interpreter's scalar implementation on samples
 * that include NaN, infinities and -0.0.
 */
class MathLanesTest {
    private static final double[] FLOATS = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -3.75, 10.0, 1e-8, 700.0, -700.0,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0, 0.75};
    private static final long[] INTS = {0, 1, -1, 7, -8, 100, -128, 127, 255, 32767, -32768, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final Var I = scalarVar("i", DType.INT64);

    @Test
    void everyFunctionHasAVectorFormOrSaysWhyNot() {
        for (MathFn fn : MathFn.values()) {
            LaneForm lane = fn.lane();
            assertNotNull(lane, fn + " declares neither a vector form nor why it is scalar only");
            if (lane instanceof LaneForm.ScalarOnly s) assertFalse(s.reason().isBlank(), fn + ": empty scalar-only reason");
        }
    }

    @Test
    void vectorLanesAgreeWithTheScalarImplementation() {
        for (MathFn fn : MathFn.values()) {
            for (DType d : dtypes(fn)) {
                Differential.check(kernel(fn, d), vectorizes(fn, d), VectorOptions.DEFAULT,
                        fn + " on " + d.numpyName(), (params, n) -> arguments(params, n));
            }
        }
    }

    /** The dtypes typing gives fn: both floats (float64 only for FLOAT64), and the lane ints where it keeps them. */
    private static List<DType> dtypes(MathFn fn) {
        if (fn.scalar() instanceof ScalarImplementation.OnComplex c) {
            return c.realArguments() ? List.of(DType.FLOAT64) : List.of(DType.COMPLEX128, DType.COMPLEX64);
        }
        List<DType> ds = new ArrayList<>(fn.typing() == MathTyping.FLOAT64 ? List.of(DType.FLOAT64)
                : List.of(DType.FLOAT64, DType.FLOAT32));
        if (fn.definition().integers() != null) ds.addAll(List.of(DType.INT8, DType.UINT8, DType.INT32, DType.INT64));
        return ds;
    }

    private static boolean vectorizes(MathFn fn, DType d) {
        // np.true_divide of complex64 divides in complex128 lanes, as its scalar code: complex64's lanes then take half
        // the species, and complex lanes need 128 bits
        if (fn == MathFn.C_TRUE_DIVIDE && d == DType.COMPLEX64 && VectorOptions.DEFAULT.width().bits() < 256) return false;
        return switch (fn.lane()) {
            case LaneForm.ScalarOnly s -> false;
            case LaneForm.Runtime r -> d == DType.FLOAT64 || !r.float64Only();
            case LaneForm.Operator o -> true;
            case LaneForm.Composite c -> true;
        };
    }

    /** for i in range(len(a)): out[i] = fn(a[i], b[i], c[i]) (as many operands as fn takes) */
    private static Program kernel(MathFn fn, DType d) {
        List<Var> inputs = List.of(arrayVar("a", d), arrayVar("b", d), arrayVar("c", d)).subList(0, fn.arity);
        DType result = fn.typing() == MathTyping.PREDICATE ? DType.BOOL : d;
        if (fn.scalar() instanceof ScalarImplementation.OnComplex c) {
            result = switch (c.result()) {
                case COMPLEX -> d.complexOf();
                case REAL -> d.part();
                case BOOL -> DType.BOOL;
            };
        }
        Var out = arrayVar("out", result);
        List<Expr> args = inputs.stream().<Expr>map(v -> load(v, l(I))).toList();
        Expr call = new Expr.Intrinsic(fn, args, Type.scalar(result));
        List<Var> params = new ArrayList<>(inputs);
        params.add(out);
        return program("f_" + fn.name().toLowerCase(), params, Type.NONE,
                forRange(I, dim(inputs.getFirst(), 0), 3, store(out, call, l(I))), new Stmt.Return(null));
    }

    /** Arrays of n elements, the k-th input cycling through the samples at its own stride so the pairs vary. */
    private static Object[] arguments(List<Var> params, int n) {
        Object[] args = new Object[params.size()];
        for (int k = 0; k < args.length; k++) {
            DType d = ((Type.Array) params.get(k).type()).dtype();
            NDArray a = NDArray.zeros(d, n);
            for (int q = 0; q < n; q++) {
                int s = q * (2 * k + 1) + 3 * k;
                if (d.isComplex()) a.writeComplex(q, new Complex(FLOATS[s % FLOATS.length], FLOATS[(s + 1) % FLOATS.length]));
                else if (d.isFloat()) a.writeDouble(q, FLOATS[s % FLOATS.length]);
                else if (!d.isBool()) a.writeLong(q, INTS[s % INTS.length]);
            }
            args[k] = a;
        }
        return args;
    }
}

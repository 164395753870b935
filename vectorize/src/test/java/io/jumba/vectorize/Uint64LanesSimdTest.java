package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static io.jumba.testing.Ir.*;
import static io.jumba.vectorize.Kernels.I;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loops over uint64 values in long lanes holding their raw bits: arithmetic, compares (unsigned), selects, shifts
 * ({@code >>} logical), conversions to and from every integer type and to and from floats (one rounding; values
 * from 2^63 up, ties, NaN and out-of-range floats as the scalar code gives them), the unsigned min/max/abs/sign of
 * Python kernels, sum/product/xor and (unsigned) min/max reductions and a conditional argmax: compiled at every species width, run on odd-offset slices whose
 * elements are drawn from the corners of uint64 and float64, and compared with the reference interpreter. Each case
 * states the lane types it needs, from which the test expects it to vectorize exactly at the widths where those
 * types share a lane count.
 */
class Uint64LanesSimdTest {
    private static final DType U64 = DType.UINT64;
    private static final List<DType> INTS = List.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
            DType.UINT32, DType.INT64);

    private record Case(String name, Supplier<Program> kernel, Set<DType> lanes) {}

    private static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        cs.add(new Case("arith", () -> NarrowLanesSimdTest.arith(U64), Set.of(U64)));
        cs.add(new Case("python arith", () -> NarrowLanesSimdTest.pythonArith(U64), Set.of(U64, DType.INT64)));
        cs.add(new Case("where", () -> NarrowLanesSimdTest.where(U64), Set.of(U64)));
        cs.add(new Case("flag above", () -> NarrowLanesSimdTest.flagAbove(U64), Set.of(U64)));
        for (CmpOp op : CmpOp.values()) cs.add(new Case(op.name(), () -> NarrowLanesSimdTest.compare(U64, op), Set.of(U64)));
        cs.add(new Case("* float64", () -> NarrowLanesSimdTest.scale(U64, DType.FLOAT64), Set.of(U64, DType.FLOAT64)));
        cs.add(new Case("* float32", () -> NarrowLanesSimdTest.scale(U64, DType.FLOAT32), Set.of(U64, DType.FLOAT32)));
        for (DType d : INTS) {
            cs.add(new Case("-> " + d.numpyName(), () -> NarrowLanesSimdTest.convert(U64, d), Set.of(U64, d)));
            cs.add(new Case(d.numpyName() + " ->", () -> NarrowLanesSimdTest.convert(d, U64), Set.of(U64, d)));
        }
        cs.add(new Case("-> float64", () -> NarrowLanesSimdTest.convert(U64, DType.FLOAT64), Set.of(U64, DType.FLOAT64)));
        cs.add(new Case("-> float32", () -> NarrowLanesSimdTest.convert(U64, DType.FLOAT32), Set.of(U64, DType.FLOAT32)));
        cs.add(new Case("float64 ->", () -> NarrowLanesSimdTest.convert(DType.FLOAT64, U64), Set.of(U64, DType.FLOAT64)));
        cs.add(new Case("float32 ->", () -> NarrowLanesSimdTest.convert(DType.FLOAT32, U64),
                Set.of(U64, DType.FLOAT64, DType.FLOAT32)));
        cs.add(new Case("python min/max/abs/sign", Uint64LanesSimdTest::minMax, Set.of(U64)));
        cs.add(new Case("python shifts", Uint64LanesSimdTest::shifts, Set.of(U64, DType.INT64)));
        cs.add(new Case("python reductions", Uint64LanesSimdTest::reductions, Set.of(U64)));
        cs.add(new Case("python min/max reductions", Uint64LanesSimdTest::minMaxReductions, Set.of(U64)));
        cs.add(new Case("python argmax", Uint64LanesSimdTest::argmax, Set.of(U64, DType.INT64)));
        cs.add(new Case("python sum of uint8", Uint64LanesSimdTest::sumOfUint8, Set.of(U64, DType.UINT8)));
        return cs;
    }

    @TestFactory
    List<DynamicTest> vectorizedMatchesInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            VectorOptions options = VectorOptions.DEFAULT.withWidth(w);
            for (Case c : cases()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " @" + w, () -> Differential.check(c.kernel().get(),
                        NarrowLanesSimdTest.sharesLanes(c.lanes(), w), options, "uint64 " + c.name(),
                        Uint64LanesSimdTest::edgeArguments)));
            }
        }
        return tests;
    }

    @Test
    void explainNamesTheLanesAndWhyDivisionStaysScalar() {
        VectorOptions at256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
        assertTrue(loopLine(NarrowLanesSimdTest.arith(U64), at256).startsWith("vectorized: uint64 x 4 lanes"),
                loopLine(NarrowLanesSimdTest.arith(U64), at256));
        assertTrue(loopLine(NarrowLanesSimdTest.convert(U64, DType.FLOAT64), at256)
                .startsWith("vectorized: uint64/float64 x 4 lanes"), loopLine(NarrowLanesSimdTest.convert(U64, DType.FLOAT64), at256));
        assertEquals("not vectorized: operator floordiv on uint64 has no exact vector form (the Vector API has no integer"
                + " division lanes)", loopLine(divide(BinOp.FLOORDIV), at256));
        assertEquals("not vectorized: operator mod on uint64 has no exact vector form (the Vector API has no integer"
                + " division lanes)", loopLine(divide(BinOp.MOD), at256));
    }

    private static String loopLine(Program p, VectorOptions o) {
        String[] lines = Explain.of(p, o).split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        return lines[1].substring(lines[1].indexOf(": ") + 2);
    }

    // ---- kernels ------------------------------------------------------------------------------------------------

    private static final Type U64_ARRAY = Type.array(U64, 1, Layout.A);

    /** c[i] = a[i] op b[i] for uint64 // or % (unsigned division). */
    private static Program divide(BinOp op) {
        Var a = arrayVar("a", U64), b = arrayVar("b", U64), c = arrayVar("c", U64);
        return program("divide", List.of(a, b, c), Type.NONE,
                forRange(I, dim(a, 0), 3, store(c, bin(op, load(a, l(I)), load(b, l(I))), l(I))), new Stmt.Return(null));
    }

    /** Numba's unsigned np.minimum/np.maximum/np.abs/np.sign and builtin min of uint64 values. */
    private static Program minMax() {
        return PythonKernels.compile("""
                import numpy as np
                def f(a, b, c):
                    for i in range(a.shape[0]):
                        c[i] = np.maximum(np.minimum(a[i], b[i]), np.abs(a[i] >> 1)) + min(a[i], b[i]) + np.sign(b[i])
                """, "f", List.of(U64_ARRAY, U64_ARRAY, U64_ARRAY));
    }

    /** Logical >> by counts in and out of [0, 64), constant shifts both ways. */
    private static Program shifts() {
        return PythonKernels.compile("""
                def f(a, b, c):
                    for i in range(a.shape[0]):
                        c[i] = (a[i] >> (b[i] & 127)) ^ (a[i] << 7) ^ (b[i] >> 3)
                """, "f", List.of(U64_ARRAY, U64_ARRAY, U64_ARRAY));
    }

    /** A wrapping sum, product and xor of uint64 elements. */
    private static Program reductions() {
        return PythonKernels.compile("""
                import numpy as np
                def f(a, b, out):
                    s = np.uint64(0)
                    p = np.uint64(1)
                    x = np.uint64(0)
                    for i in range(a.shape[0]):
                        s += a[i]
                        p *= b[i] | np.uint64(1)
                        x ^= a[i]
                    out[0] = s
                    out[1] = p
                    out[2] = x
                """, "f", List.of(U64_ARRAY, U64_ARRAY, U64_ARRAY));
    }

    /** Python's min and max of uint64 elements: unsigned lanewise minimum and maximum. */
    private static Program minMaxReductions() {
        return PythonKernels.compile("""
                def f(a, out):
                    lo = out[0]
                    hi = out[1]
                    for i in range(a.shape[0]):
                        lo = min(lo, a[i])
                        hi = max(hi, a[i])
                    out[0] = lo
                    out[1] = hi
                """, "f", List.of(U64_ARRAY, U64_ARRAY));
    }

    /** A conditional max and its position (argmax): unsigned compares in the lanes and in the merge of the lanes. */
    private static Program argmax() {
        return PythonKernels.compile("""
                def f(a, out):
                    m = out[0]
                    k = 0
                    for i in range(a.shape[0]):
                        if a[i] > m:
                            m = a[i]
                            k = i
                    out[0] = m
                    out[1] = k
                """, "f", List.of(U64_ARRAY, U64_ARRAY));
    }

    /** The uint64 sum of a uint8 array (NumPy's and Numba's type for it). */
    private static Program sumOfUint8() {
        return PythonKernels.compile("""
                import numpy as np
                def f(a, out):
                    s = np.uint64(0)
                    for i in range(a.shape[0]):
                        s += a[i]
                    out[0] = s
                """, "f", List.of(Type.array(DType.UINT8, 1, Layout.A), U64_ARRAY));
    }

    // ---- arguments ----------------------------------------------------------------------------------------------

    /** uint64 corners as raw bits: the sign bit of int64, float64 ties around 2^53 and 2^63, the top values. */
    private static final long[] BITS = {0, 1, 2, 3, 63, 64, 65, 1L << 53, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Long.MIN_VALUE + 1024, Long.MIN_VALUE + 1025, Long.MIN_VALUE + 3072, -1, -2, -1024, -1025,
            -2048, 0xFFFF_FFFFL, 1L << 32};

    /** Float corners for uint64: NaN, infinities, signed zeros, negatives, 2^63 and 2^64 and their neighbours. */
    private static final double[] FLOATS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            0.5, -0.5, -1.0, -3e9, 1.0, 255.9, 3e9, 1e19, 0x1p63, Math.nextDown(0x1p63), Math.nextUp(0x1p63), 0x1p64,
            Math.nextDown(0x1p64), -0x1p63, Math.nextDown(-0x1p63), 1e300, 9.3e18, 1.8e19, 0x1p53 + 2};

    /**
     * Differential's arguments (odd-offset slices, the same scalars) with array elements redrawn: half of them from
     * {@link #BITS} or {@link #FLOATS}, the rest random over the whole range; bools half true.
     */
    private static Object[] edgeArguments(List<Var> params, int n) {
        Object[] args = Differential.arguments(params, n);
        Random rnd = new Random(11 + n);
        for (int k = 0; k < args.length; k++) {
            if (!(args[k] instanceof NDArray a)) continue;
            int len = a.size();
            NDArray buf = NDArray.zeros(a.dtype(), len + 3);
            for (int q = 0; q < buf.size(); q++) {
                boolean corner = rnd.nextBoolean();
                if (a.dtype().isFloat()) {
                    double v = corner ? FLOATS[rnd.nextInt(FLOATS.length)] : rnd.nextDouble() * 0x1p65 - 0x1p63;
                    buf.writeDouble(q, a.dtype() == DType.FLOAT32 ? (float) v : v);
                } else {
                    buf.writeLong(q, a.dtype().isBool() ? rnd.nextInt(2) : corner ? BITS[rnd.nextInt(BITS.length)] : rnd.nextLong());
                }
            }
            args[k] = buf.slice(0, 1, len + 1, 1);
        }
        return args;
    }
}

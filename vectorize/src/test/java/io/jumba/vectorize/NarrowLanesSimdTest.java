package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
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
 * Loops over bool, int8, uint8, int16, uint16 and uint32 arrays (unsigned lanes hold raw bits: compared, widened and
 * converted to floats unsigned), loops writing bool arrays (comparisons, float tests, logic), masked
 * ufunc-style stores ({@code where=}), conversions between narrow and wide lanes, and the math functions of
 * {@link LaneFunctions}: compiled at every species width, run on odd-offset slices with NaN, infinities, signed zeros,
 * powers of two and full-range integers, for trip counts around every element size's lane count, and compared with
 * the reference interpreter. Each case states the lane types it needs, from which the test expects it to vectorize
 * exactly at the widths where those types share a lane count.
 */
class NarrowLanesSimdTest {
    private static final KernelOptions NUMPY_ERRORS = new KernelOptions(false, false, "numpy", false, false, false);
    private static final List<DType> SMALL_INTS = List.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32);
    private static final List<DType> INTS = List.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
            DType.UINT32, DType.INT64);
    private static final List<DType> FLOATS = List.of(DType.FLOAT32, DType.FLOAT64);

    /** lanes: the element types whose widths must share one lane count (empty: the loop stays scalar). */
    private record Case(String name, Supplier<Program> kernel, Set<DType> lanes) {}

    private static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        for (DType d : SMALL_INTS) {
            cs.add(new Case("arith " + d.numpyName(), () -> arith(d), Set.of(d)));
            cs.add(new Case("python arith " + d.numpyName(), () -> pythonArith(d), Set.of(d)));
            cs.add(new Case("where " + d.numpyName(), () -> where(d), Set.of(d)));
            cs.add(new Case("flag above " + d.numpyName(), () -> flagAbove(d), Set.of(d)));
            cs.add(new Case("abs/min/max " + d.numpyName(), () -> absMinMax(d), Set.of(d)));
            for (CmpOp op : CmpOp.values()) cs.add(new Case(op + " " + d.numpyName(), () -> compare(d, op), Set.of(d)));
            // an unsigned value widens to float32 through int32 (uint32: int64) lanes, to float64 through int64
            cs.add(new Case(d.numpyName() + " * float32", () -> scale(d, DType.FLOAT32), d == DType.UINT32
                    ? Set.of(d, DType.INT64, DType.FLOAT32) : Set.of(d, DType.FLOAT32)));
            cs.add(new Case(d.numpyName() + " * float64", () -> scale(d, DType.FLOAT64), Set.of(d, DType.FLOAT64)));
            for (DType to : INTS) {
                if (to != d) cs.add(new Case(d.numpyName() + " -> " + to.numpyName(), () -> convert(d, to), Set.of(d, to)));
            }
            for (DType from : FLOATS) {
                cs.add(new Case(from.numpyName() + " -> " + d.numpyName(), () -> convert(from, d), Set.of(from, DType.INT64, d)));
            }
        }
        for (DType d : INTS) cs.add(new Case("sign " + d.numpyName(), () -> unaryMath(MathFn.SIGN, d), Set.of(d)));
        cs.add(new Case("bool logic", NarrowLanesSimdTest::boolLogic, Set.of(DType.BOOL)));
        cs.add(new Case("where bool", () -> where(DType.BOOL), Set.of(DType.BOOL)));
        cs.add(new Case("EQ bool", () -> compare(DType.BOOL, CmpOp.EQ), Set.of(DType.BOOL)));
        cs.add(new Case("NE bool", () -> compare(DType.BOOL, CmpOp.NE), Set.of(DType.BOOL)));
        for (CmpOp op : CmpOp.values()) {
            cs.add(new Case("int8(bool) " + op + " int8(bool)", () -> boolCompare(op), Set.of(DType.BOOL)));
        }
        for (DType d : FLOATS) {
            for (MathFn f : List.of(MathFn.ISNAN, MathFn.ISINF, MathFn.ISFINITE)) {
                cs.add(new Case(f + " " + d.numpyName(), () -> floatTest(f, d), Set.of(d)));
            }
            for (MathFn f : List.of(MathFn.SIGN, MathFn.EXP2, MathFn.LOG2)) {
                cs.add(new Case(f + " " + d.numpyName(), () -> unaryMath(f, d), Set.of(d)));
            }
            cs.add(new Case("fmin/fmax " + d.numpyName(), () -> fminFmax(d), Set.of(d)));
            cs.add(new Case("** and pow " + d.numpyName(), () -> power(d), Set.of(d)));
            cs.add(new Case("where " + d.numpyName(), () -> where(d), Set.of(d)));
            cs.add(new Case("LT " + d.numpyName(), () -> compare(d, CmpOp.LT), Set.of(d)));
        }
        cs.add(new Case("// and % float64", NarrowLanesSimdTest::floorDivMod, Set.of(DType.FLOAT64)));
        return cs;
    }

    @TestFactory
    List<DynamicTest> vectorizedMatchesInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            VectorOptions options = VectorOptions.DEFAULT.withWidth(w);
            for (Case c : cases()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " @" + w, () -> Differential.check(c.kernel().get(),
                        sharesLanes(c.lanes(), w), options, c.name(), NarrowLanesSimdTest::edgeArguments)));
            }
        }
        return tests;
    }

    /** Whether types get one lane count at width w: the narrowest's species must be 64 bits or more. */
    static boolean sharesLanes(Set<DType> types, SpeciesWidth w) {
        int widest = types.stream().mapToInt(DType::itemSize).max().orElseThrow();
        int narrowest = types.stream().mapToInt(DType::itemSize).min().orElseThrow();
        return w.bits() * narrowest / widest >= 64;
    }

    @Test
    void explainNamesTheNarrowLanes() {
        VectorOptions at256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
        assertTrue(loopLine(arith(DType.INT8), at256).startsWith("vectorized: int8 x 32 lanes (species 256, 256 bits)"),
                loopLine(arith(DType.INT8), at256));
        assertTrue(loopLine(pythonArith(DType.UINT8), at256).startsWith("vectorized: uint8 x 32 lanes"));
        assertTrue(loopLine(arith(DType.INT16), at256).startsWith("vectorized: int16 x 16 lanes"));
        assertTrue(loopLine(compare(DType.UINT8, CmpOp.LT), at256).startsWith("vectorized: uint8 x 32 lanes"));
        assertTrue(loopLine(boolLogic(), at256).startsWith("vectorized: bool x 32 lanes"), loopLine(boolLogic(), at256));
        assertTrue(loopLine(boolCompare(CmpOp.LT), at256).startsWith("vectorized: bool x 32 lanes"));
        assertTrue(loopLine(where(DType.FLOAT64), at256).startsWith("vectorized: float64 x 4 lanes"));
        assertTrue(loopLine(floatTest(MathFn.ISNAN, DType.FLOAT32), at256).startsWith("vectorized: float32 x 8 lanes"));
        assertTrue(loopLine(unaryMath(MathFn.LOG2, DType.FLOAT64), at256).startsWith("vectorized: float64 x 4 lanes"));
        // uint8 widens to float32 through zero-extended int32 lanes: 8 lanes of each
        assertTrue(loopLine(scale(DType.UINT8, DType.FLOAT32), at256).startsWith("vectorized: uint8/int32/float32 x 8 lanes"),
                loopLine(scale(DType.UINT8, DType.FLOAT32), at256));
        assertEquals("not vectorized: mixed element widths [uint8, int32, float32] need a species wider than 128 bits",
                loopLine(scale(DType.UINT8, DType.FLOAT32), VectorOptions.DEFAULT.withWidth(SpeciesWidth.S128)));
    }

    private static String loopLine(Program p, VectorOptions o) {
        String[] lines = Explain.of(p, o).split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        return lines[1].substring(lines[1].indexOf(": ") + 2);
    }

    // ---- kernels (loop on line 3) -------------------------------------------------------------------------------

    private static Program loop(String name, List<Var> params, Stmt... body) {
        return program(name, params, Type.NONE, forRange(I, dim(params.get(0), 0), 3, body), new Stmt.Return(null));
    }

    /** c[i] = (-(a[i] * b[i] - a[i]) ^ s) | ~b[i], typed d throughout (as a ufunc loop is): every op wraps. */
    static Program arith(DType d) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), c = arrayVar("c", d), s = scalarVar("s", d);
        Expr x = bin(BinOp.SUB, bin(BinOp.MUL, load(a, l(I)), load(b, l(I))), load(a, l(I)));
        Expr neg = new Expr.Unary(UnOp.NEG, x, Type.scalar(d));
        Expr inv = new Expr.Unary(UnOp.INVERT, load(b, l(I)), Type.scalar(d));
        return loop("arith", List.of(a, b, c, s), store(c, bin(BinOp.BITOR, bin(BinOp.BITXOR, neg, l(s)), inv), l(I)));
    }

    /** The same arithmetic in Python: Numba computes it in int64 and the store narrows it. */
    static Program pythonArith(DType d) {
        Type t = Type.array(d, 1, Layout.A);
        return PythonKernels.compile("""
                def f(a, b, c):
                    for i in range(a.shape[0]):
                        c[i] = -(a[i] * b[i] - a[i]) ^ 5 | ~b[i]
                """, "f", List.of(t, t, t));
    }

    /** c[i] = a[i] + b[i] if w[i] else c[i]: a ufunc applied with where= (for bool: or). */
    static Program where(DType d) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), c = arrayVar("c", d), w = arrayVar("w", DType.BOOL);
        Expr sum = d == DType.BOOL ? new Expr.Logical(false, load(a, l(I)), load(b, l(I))) : bin(BinOp.ADD, load(a, l(I)), load(b, l(I)));
        return loop("where", List.of(a, b, c, w), store(c, new Expr.Select(load(w, l(I)), sum, load(c, l(I)), Type.scalar(d)), l(I)));
    }

    /** if a[i] > s: r[i] = True (r keeps its other elements): a masked store to a bool array. */
    static Program flagAbove(DType d) {
        Var a = arrayVar("a", d), r = arrayVar("r", DType.BOOL), s = scalarVar("s", d);
        return loop("flag", List.of(a, r, s), new Stmt.If(cmp(CmpOp.GT, load(a, l(I)), l(s)),
                List.of(store(r, new Expr.Const(true, Type.BOOL), l(I))), List.of()));
    }

    /** c[i] = max(min(abs(a[i]), b[i]), a[i]): uint8 orders unsigned. */
    static Program absMinMax(DType d) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), c = arrayVar("c", d);
        return loop("absminmax", List.of(a, b, c),
                store(c, math(MathFn.MAX, math(MathFn.MIN, math(MathFn.ABS, load(a, l(I))), load(b, l(I))), load(a, l(I))), l(I)));
    }

    /** r[i] = a[i] op b[i] into a bool array. */
    static Program compare(DType d, CmpOp op) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), r = arrayVar("r", DType.BOOL);
        return loop("compare", List.of(a, b, r), store(r, cmp(op, load(a, l(I)), load(b, l(I))), l(I)));
    }

    /** r[i] = int8(a[i]) op int8(b[i]) over bool arrays, as ufunc comparisons of bools compute (on masks). */
    static Program boolCompare(CmpOp op) {
        Var a = arrayVar("a", DType.BOOL), b = arrayVar("b", DType.BOOL), r = arrayVar("r", DType.BOOL);
        return loop("bool_cmp", List.of(a, b, r),
                store(r, cmp(op, cast(load(a, l(I)), DType.INT8), cast(load(b, l(I)), DType.INT8)), l(I)));
    }

    /** r[i] = (a[i] and not b[i]) or (a[i] != c[i]) over bool arrays. */
    static Program boolLogic() {
        Var a = arrayVar("a", DType.BOOL), b = arrayVar("b", DType.BOOL), c = arrayVar("c", DType.BOOL), r = arrayVar("r", DType.BOOL);
        Expr andNot = new Expr.Logical(true, load(a, l(I)), new Expr.Unary(UnOp.NOT, load(b, l(I)), Type.BOOL));
        return loop("logic", List.of(a, b, c, r),
                store(r, new Expr.Logical(false, andNot, cmp(CmpOp.NE, load(a, l(I)), load(c, l(I)))), l(I)));
    }

    /** r[i] = s * a[i] with a cast to the float type (e.g. a uint8 image times a float32 factor). */
    static Program scale(DType from, DType to) {
        Var a = arrayVar("a", from), r = arrayVar("r", to), s = scalarVar("s", to);
        return loop("scale", List.of(a, r, s), store(r, bin(BinOp.MUL, l(s), cast(load(a, l(I)), to)), l(I)));
    }

    /** r[i] = a[i] as dtype to. */
    static Program convert(DType from, DType to) {
        Var a = arrayVar("a", from), r = arrayVar("r", to);
        return loop("convert", List.of(a, r), store(r, cast(load(a, l(I)), to), l(I)));
    }

    /** r[i] = f(a[i]) for a float test (bool result). */
    static Program floatTest(MathFn f, DType d) {
        Var a = arrayVar("a", d), r = arrayVar("r", DType.BOOL);
        return loop("test", List.of(a, r), store(r, new Expr.Intrinsic(f, List.of(load(a, l(I))), Type.BOOL), l(I)));
    }

    /** r[i] = f(a[i]) in dtype d. */
    static Program unaryMath(MathFn f, DType d) {
        Var a = arrayVar("a", d), r = arrayVar("r", d);
        return loop("math", List.of(a, r), store(r, math(f, load(a, l(I))), l(I)));
    }

    /** r[i] = fmin(a[i], b[i]) - fmax(b[i], a[i]) * 0 ... kept apart: r[i] = fmin(a, b), q[i] = fmax(a, b). */
    static Program fminFmax(DType d) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), r = arrayVar("r", d), q = arrayVar("q", d);
        return loop("fminmax", List.of(a, b, r, q), store(r, math(MathFn.FMIN, load(a, l(I)), load(b, l(I))), l(I)),
                store(q, math(MathFn.FMAX, load(a, l(I)), load(b, l(I))), l(I)));
    }

    /** r[i] = a[i] ** b[i]; q[i] = math.pow(b[i], a[i]): Python's 1 ** nan and (-1) ** inf are 1. */
    static Program power(DType d) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), r = arrayVar("r", d), q = arrayVar("q", d);
        return loop("power", List.of(a, b, r, q), store(r, bin(BinOp.POW, load(a, l(I)), load(b, l(I))), l(I)),
                store(q, math(MathFn.POW, load(b, l(I)), load(a, l(I))), l(I)));
    }

    /** r[i] = a[i] // b[i]; q[i] = b[i] % a[i] (NumPy's error model: IEEE results for zero divisors). */
    static Program floorDivMod() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64), r = arrayVar("r", DType.FLOAT64), q = arrayVar("q", DType.FLOAT64);
        return program("floordiv", List.of(a, b, r, q), Type.NONE, NUMPY_ERRORS, forRange(I, dim(a, 0), 3,
                store(r, bin(BinOp.FLOORDIV, load(a, l(I)), load(b, l(I))), l(I)),
                store(q, bin(BinOp.MOD, load(b, l(I)), load(a, l(I))), l(I))), new Stmt.Return(null));
    }

    // ---- arguments ----------------------------------------------------------------------------------------------

    /** Float edge values: NaN, infinities, signed zeros, powers of two (subnormal ones too), values beyond int32. */
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            1.0, -1.0, 2.0, 0.5, 1024.0, 0x1p-1074, 0x1p-140, Double.MIN_NORMAL, 0x1p-126, 3e9, -3e9, 1e20, 255.5, -128.5, 65536.0, 0.1, 0.3, -0.7, 1e300, 1e-300, 6.0, -6.0, 3.0};

    /**
     * Differential's arguments (odd-offset slices, the same scalars) with array elements redrawn: a quarter of float
     * elements from {@link #SPECIAL}, integers over their whole range, bools half true.
     */
    private static Object[] edgeArguments(List<Var> params, int n) {
        Object[] args = Differential.arguments(params, n);
        Random rnd = new Random(7 + n);
        for (int k = 0; k < args.length; k++) {
            if (!(args[k] instanceof NDArray a)) continue;
            NDArray buf = NDArray.zeros(a.dtype(), n + 3);
            for (int q = 0; q < buf.size(); q++) {
                if (a.dtype().isFloat()) {
                    buf.writeDouble(q, rnd.nextInt(4) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextDouble() * 8 - 4);
                } else {
                    buf.writeLong(q, a.dtype().isBool() ? rnd.nextInt(2) : rnd.nextLong());
                }
            }
            args[k] = buf.slice(0, 1, n + 1, 1);
        }
        return args;
    }
}

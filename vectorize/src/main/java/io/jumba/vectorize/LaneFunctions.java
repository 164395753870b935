package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.types.Type;

import java.util.List;

/**
 * Vector forms of the math functions that take more than one Vector API operator to match the scalar runtime
 * ({@code io.jumba.runtime.MathFunctions}) lane for lane: the float tests isnan/isinf/isfinite (bool lanes),
 * NumPy's NaN-ignoring fmin/fmax, pow with Python's special cases, exp2, log2 (exact for powers of two), sign, and
 * the unsigned order of uint8, uint16 and uint32 lanes for abs/min/max/sign; abs, .real, .imag, the conjugate and
 * NumPy's division of complex lanes ({@code io.jumba.runtime.ComplexDoubleLanes}).
 */
final class LaneFunctions {
    private LaneFunctions() {}

    /** Whether in has a form here ({@link LoopAnalysis} admits it, {@link VectorExprs} emits it). */
    static boolean admits(Expr.Intrinsic in) {
        DType arg = ((Type.Scalar) in.args().get(0).type()).dtype(), d = in.type().dtype();
        return switch (in.fn()) {
            case ISNAN, ISINF, ISFINITE, FMIN, FMAX, EXP2, LOG2, POW -> arg.isFloat();
            case SIGN -> LoopAnalysis.LANE_TYPES.contains(d);
            case ABS, MIN, MAX -> ordersUnsigned(d);
            case C_ABS, C_REAL, C_IMAG, C_CONJ, C_TRUE_DIVIDE -> arg.isComplex();
            default -> false;
        };
    }

    /**
     * Whether the integer intrinsics of dtype d order its lanes unsigned: uint8, uint16 and uint32, whose scalar code
     * holds zero-extended values. Not uint64: the scalar runtime reads its long signed, and typing gives kernels and
     * ufuncs the unsigned forms of abs, sign, min and max on uint64 as other IR ({@code io.jumba.typing.MathIntrinsics}),
     * so a uint64 intrinsic takes the signed lane operator like int64's, as its scalar code does.
     */
    static boolean ordersUnsigned(DType d) { return d.isUnsigned() && d != DType.UINT64; }

    /** The vector (for the float tests: mask) value of an admitted intrinsic. */
    static VectorValue of(Expr.Intrinsic in, SimdLoopEmitter em) {
        DType d = ((Type.Scalar) in.args().get(0).type()).dtype();
        List<String> x = in.args().stream().map(a -> em.vectorOf(em.valueOf(a), d)).toList();
        String cls = VectorTypes.vectorClass(d), ops = VectorTypes.OPS;
        return switch (in.fn()) {
            case ISNAN -> test(x.get(0), "IS_NAN", d);
            case ISINF -> test(x.get(0), "IS_INFINITE", d);
            case ISFINITE -> test(x.get(0), "IS_FINITE", d);
            case FMIN, FMAX -> {
                // MathFunctions.fmin: the other operand where one is NaN (b's NaN checked last, so it wins)
                String a = em.let(x.get(0), d), b = em.let(x.get(1), d);
                yield VectorExprs.vec("((" + cls + ") " + a + ".lanewise(" + ops + in.fn().name().substring(1) + ", " + b
                        + ").blend(" + b + ", " + a + ".test(" + ops + "IS_NAN)).blend(" + a + ", " + b + ".test(" + ops
                        + "IS_NAN)))", d);
            }
            case POW -> pow(x.get(0), x.get(1), d, em);
            case EXP2 -> VectorExprs.lanewise(constant(2, d, em), "POW", List.of(x.get(0)), d);
            case LOG2 -> log2(em.let(x.get(0), d), d, em);
            case SIGN -> sign(em.let(x.get(0), d), d, em);
            case ABS -> VectorExprs.vec(x.get(0), d);
            case MIN -> VectorExprs.lanewise(x.get(0), "UMIN", List.of(x.get(1)), d);
            case MAX -> VectorExprs.lanewise(x.get(0), "UMAX", List.of(x.get(1)), d);
            case C_ABS -> VectorExprs.vec(em.complexLanes(d) + ".abs(" + x.get(0) + ")", d.part());
            case C_REAL -> VectorExprs.vec(em.complexLanes(d) + ".real(" + x.get(0) + ")", d.part());
            case C_IMAG -> VectorExprs.vec(em.complexLanes(d) + ".imag(" + x.get(0) + ")", d.part());
            case C_CONJ -> VectorExprs.vec(em.complexLanes(d) + ".conjugate(" + x.get(0) + ")", d);
            case C_TRUE_DIVIDE -> divNumpy(x.get(0), x.get(1), d, em);
            default -> throw new IllegalStateException("not admitted: " + in.fn());
        };
    }

    /**
     * Scalars.pow: Math.pow (VectorOperators.POW's lanes), except that 1 ** y is 1 and (-1) ** ±inf is 1 even where
     * Java gives NaN (also the float ** of {@link VectorExprs}).
     */
    static VectorValue pow(String x, String y, DType d, SimdLoopEmitter em) {
        String cls = VectorTypes.vectorClass(d), ops = VectorTypes.OPS, t = d.javaType();
        String a = em.let(x, d), b = em.let(y, d);
        String one = "((" + VectorTypes.MASK + ") " + a + ".compare(" + ops + "EQ, (" + t + ") 1).or(" + a + ".compare(" + ops
                + "EQ, (" + t + ") -1).and(" + b + ".test(" + ops + "IS_INFINITE))))";
        return VectorExprs.vec("((" + cls + ") " + a + ".lanewise(" + ops + "POW, " + b + ").blend(" + constant(1, d, em)
                + ", " + one + "))", d);
    }

    /**
     * np.true_divide of complex lanes, as ComplexMath.divNumpy: complex64 lanes divide as complex128 lanes (the
     * scalar code computes in double and rounds), converted part by part.
     */
    private static VectorValue divNumpy(String x, String y, DType d, SimdLoopEmitter em) {
        if (d == DType.COMPLEX128) return VectorExprs.vec(em.complexLanes(d) + ".divNumpy(" + x + ", " + y + ")", d);
        DType wide = DType.COMPLEX128;
        String quotient = em.complexLanes(wide) + ".divNumpy(" + widened(x, em) + ", " + widened(y, em) + ")";
        return VectorExprs.vec("((" + VectorTypes.vectorClass(d) + ") " + quotient + ".convertShape("
                + VectorTypes.conversion(DType.FLOAT64, DType.FLOAT32) + ", " + em.speciesOf(d) + ", 0))", d);
    }

    /** complex64 lanes x as complex128 lanes. */
    private static String widened(String x, SimdLoopEmitter em) {
        return "((" + VectorTypes.vectorClass(DType.COMPLEX128) + ") " + x + ".convertShape("
                + VectorTypes.conversion(DType.FLOAT32, DType.FLOAT64) + ", " + em.speciesOf(DType.COMPLEX128) + ", 0))";
    }

    private static VectorValue test(String x, String op, DType d) {
        return VectorExprs.mask("((" + VectorTypes.MASK + ") " + x + ".test(" + VectorTypes.OPS + op + "))", d);
    }

    /** Java source of a vector of dtype d with every lane c. */
    private static String constant(long c, DType d, SimdLoopEmitter em) {
        return VectorTypes.vectorClass(d) + ".broadcast(" + em.speciesOf(d) + ", (" + d.javaType() + ") " + c + ")";
    }

    /**
     * MathFunctions.sign: 1 or -1 by the sign, else x itself (±0, NaN); integers 0 at zero, and uint8 lanes (raw
     * bytes) are never negative.
     */
    private static VectorValue sign(String v, DType d, SimdLoopEmitter em) {
        String cls = VectorTypes.vectorClass(d), ops = VectorTypes.OPS, zero = "(" + d.javaType() + ") 0";
        String base = d.isFloat() ? v : "((" + cls + ") " + cls + ".zero(" + em.speciesOf(d) + "))";
        if (ordersUnsigned(d)) {
            return VectorExprs.vec("((" + cls + ") " + base + ".blend(" + constant(1, d, em) + ", " + v + ".compare(" + ops
                    + "NE, " + zero + ")))", d);
        }
        return VectorExprs.vec("((" + cls + ") " + base + ".blend(" + constant(1, d, em) + ", " + v + ".compare(" + ops
                + "GT, " + zero + ")).blend(" + constant(-1, d, em) + ", " + v + ".compare(" + ops + "LT, " + zero + ")))", d);
    }

    /**
     * MathFunctions.log2: log(x) / ln 2, except the exact exponent for a positive power of two, normal as a float64.
     * The float32 function computes in float64, where float32's subnormals are normal: those are scaled by 2^32 first.
     */
    private static VectorValue log2(String v, DType d, SimdLoopEmitter em) {
        boolean f64 = d == DType.FLOAT64;
        DType bitsType = f64 ? DType.INT64 : DType.INT32;
        String cls = VectorTypes.vectorClass(d), ops = VectorTypes.OPS, t = d.javaType();
        String bitsCls = VectorTypes.vectorClass(bitsType), b = bitsType.javaType();
        int mantissa = f64 ? 52 : 23;
        String scaled = f64 ? null : em.let("((" + cls + ") " + v + ".blend(" + v + ".mul(4294967296.0F), " + v
                + ".compare(" + ops + "LT, Float.MIN_NORMAL)))", d);
        String w = f64 ? v : scaled;
        String bits = em.let("((" + bitsCls + ") " + w + (f64 ? ".reinterpretAsLongs())" : ".reinterpretAsInts())"), bitsType);
        String field = em.let("((" + bitsCls + ") " + bits + ".lanewise(" + ops + "LSHR, " + mantissa + "))", bitsType);
        // a biased exponent field in [1, max - 1] also excludes the sign bit, zero, subnormals, infinities and NaN
        String exact = "((" + VectorTypes.MASK + ") " + bits + ".and((" + b + ") ((1L << " + mantissa + ") - 1L)).compare("
                + ops + "EQ, (" + b + ") 0).and(" + field + ".compare(" + ops + "GE, (" + b + ") 1)).and(" + field
                + ".compare(" + ops + "LE, (" + b + ") " + (f64 ? 0x7FE : 0xFE) + ")).cast(" + em.speciesOf(d) + "))";
        String exponent = "((" + cls + ") " + field + ".sub((" + b + ") " + (f64 ? 1023 : 127) + ").convert(" + ops
                + (f64 ? "L2D" : "I2F") + ", 0))";
        if (!f64) {
            exponent = "((" + cls + ") " + exponent + ".sub(" + VectorTypes.vectorClass(d) + ".broadcast(" + em.speciesOf(d)
                    + ", 32.0F), " + v + ".compare(" + ops + "LT, Float.MIN_NORMAL)))";
        }
        String log = "((" + cls + ") " + v + ".lanewise(" + ops + "LOG).div((" + t + ") 0.6931471805599453))";
        return VectorExprs.vec("((" + cls + ") " + log + ".blend(" + exponent + ", " + exact + "))", d);
    }
}

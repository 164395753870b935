package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

import static io.jumba.runtime.ErfCoefficients.*;

/**
 * Lanewise versions of math functions that {@link VectorOperators} lacks (there is no ERF), called by the code the
 * vectorize module generates and by hand-written Vector API baselines. They evaluate the scalar algorithms of
 * {@link MathFunctions} with the same coefficients ({@link ErfCoefficients}) and roundings (bar erf's tiny-|x|
 * shortcut), but without branches: every region on every lane, then blends. Only the exponentials differ: {@code VectorOperators.EXP} is
 * Math.exp per lane until C2 compiles the caller, then a vector routine that may round differently, so erf stays
 * within 1 ulp and erfc within 4 ulps of the scalar functions (VectorMathFunctionsTest).
 *
 * <p>Rounding (floor, ceil, trunc, rint) and copysign, for float64 and float32 lanes, give exactly the scalar
 * results, signed zeros, NaN, infinities and values beyond 2^52 (2^23) included: below that bound, adding and
 * subtracting it rounds |x| to an integer half-to-even; the result then takes x's sign bit (each of these functions
 * keeps the sign of x, so -0.3 floors to -1 and ceils to -0.0); at or above it (or NaN, inf) x is already integral.
 */
public final class VectorMathFunctions {
    private VectorMathFunctions() {}

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final int SIGN_BIT_32 = 0x80000000;
    /** The smallest double (float) whose ulp is 2: from it on every value is an integer. */
    private static final double INTEGRAL_64 = 0x1p52;
    private static final float INTEGRAL_32 = 0x1p23f;

    /** math.copysign / np.copysign: the magnitude of x with the sign bit of y (a NaN's sign bit included). */
    public static DoubleVector copysign(DoubleVector x, DoubleVector y) {
        return x.reinterpretAsLongs().and(~SIGN_BIT).or(y.reinterpretAsLongs().and(SIGN_BIT)).reinterpretAsDoubles();
    }

    public static FloatVector copysign(FloatVector x, FloatVector y) {
        return x.reinterpretAsInts().and(~SIGN_BIT_32).or(y.reinterpretAsInts().and(SIGN_BIT_32)).reinterpretAsFloats();
    }

    /** np.rint / np.round: round half to even. */
    public static DoubleVector rint(DoubleVector x) { return integral(x, rounded(x.abs())); }

    public static FloatVector rint(FloatVector x) { return integral(x, rounded(x.abs())); }

    /** np.round: the same as rint (half to even). */
    public static DoubleVector round(DoubleVector x) { return rint(x); }

    public static FloatVector round(FloatVector x) { return rint(x); }

    /** np.floor (math.floor is a cast of it). */
    public static DoubleVector floor(DoubleVector x) {
        DoubleVector r = copysign(rounded(x.abs()), x);
        return integral(x, r.lanewise(VectorOperators.SUB, 1.0, r.compare(VectorOperators.GT, x)));
    }

    public static FloatVector floor(FloatVector x) {
        FloatVector r = copysign(rounded(x.abs()), x);
        return integral(x, r.lanewise(VectorOperators.SUB, 1.0f, r.compare(VectorOperators.GT, x)));
    }

    /** np.ceil (math.ceil is a cast of it). */
    public static DoubleVector ceil(DoubleVector x) {
        DoubleVector r = copysign(rounded(x.abs()), x);
        return integral(x, r.lanewise(VectorOperators.ADD, 1.0, r.compare(VectorOperators.LT, x)));
    }

    public static FloatVector ceil(FloatVector x) {
        FloatVector r = copysign(rounded(x.abs()), x);
        return integral(x, r.lanewise(VectorOperators.ADD, 1.0f, r.compare(VectorOperators.LT, x)));
    }

    /** np.trunc: toward zero, the floor of |x| with x's sign. */
    public static DoubleVector trunc(DoubleVector x) {
        DoubleVector a = x.abs(), r = rounded(a);
        return integral(x, r.lanewise(VectorOperators.SUB, 1.0, r.compare(VectorOperators.GT, a)));
    }

    public static FloatVector trunc(FloatVector x) {
        FloatVector a = x.abs(), r = rounded(a);
        return integral(x, r.lanewise(VectorOperators.SUB, 1.0f, r.compare(VectorOperators.GT, a)));
    }

    /** a (>= 0, below INTEGRAL) rounded to an integer, half to even. */
    private static DoubleVector rounded(DoubleVector a) { return a.add(INTEGRAL_64).sub(INTEGRAL_64); }

    private static FloatVector rounded(FloatVector a) { return a.add(INTEGRAL_32).sub(INTEGRAL_32); }

    /** r with x's sign where |x| is below INTEGRAL; x itself elsewhere (large, infinite or NaN: already integral). */
    private static DoubleVector integral(DoubleVector x, DoubleVector r) {
        return copysign(r, x).blend(x, x.abs().compare(VectorOperators.LT, INTEGRAL_64).not());
    }

    private static FloatVector integral(FloatVector x, FloatVector r) {
        return copysign(r, x).blend(x, x.abs().compare(VectorOperators.LT, INTEGRAL_32).not());
    }

    /** math.erf on every lane; NaN stays NaN, ±inf gives ±1, -0.0 stays -0.0. */
    public static DoubleVector erf(DoubleVector x) {
        DoubleVector a = x.abs();
        DoubleVector one = DoubleVector.broadcast(x.species(), 1.0);
        DoubleVector small = a.add(a.mul(ratio(PP, QQ, a.mul(a))));
        DoubleVector middle = ratio(PA, QA, a.sub(1.0)).add(ERX);
        DoubleVector tail = one.sub(erfcTail(a).div(a));
        DoubleVector r = small.blend(middle, a.compare(VectorOperators.GE, SMALL))
                .blend(tail, a.compare(VectorOperators.GE, MIDDLE))
                .blend(one, a.compare(VectorOperators.GE, ERF_ONE));
        // r >= 0 (or NaN), so setting x's sign bit is copySign, and keeps erf(-0.0) = -0.0.
        return r.reinterpretAsLongs().or(x.reinterpretAsLongs().and(SIGN_BIT)).reinterpretAsDoubles();
    }

    /** math.erfc on every lane; NaN stays NaN, +inf gives 0, -inf gives 2. */
    public static DoubleVector erfc(DoubleVector x) {
        DoubleVector a = x.abs();
        VectorMask<Double> negative = x.compare(VectorOperators.LT, 0.0);
        DoubleVector two = DoubleVector.broadcast(x.species(), 2.0);
        DoubleVector y = ratio(PP, QQ, x.mul(x));
        // Below SMALL the sum is arranged, as fdlibm does, so that 1 - erf(x) loses no bits to cancellation.
        DoubleVector tiny = DoubleVector.broadcast(x.species(), 1.0).sub(x.add(x.mul(y)));
        DoubleVector small = DoubleVector.broadcast(x.species(), 0.5).sub(x.mul(y).add(x.sub(0.5)));
        DoubleVector p = ratio(PA, QA, a.sub(1.0));
        DoubleVector middle = DoubleVector.broadcast(x.species(), 1 - ERX).sub(p)
                .blend(DoubleVector.broadcast(x.species(), 1 + ERX).add(p), negative);
        DoubleVector r = erfcTail(a).div(a);
        DoubleVector tail = r.blend(two.sub(r), negative)
                .blend(two, negative.and(a.compare(VectorOperators.GT, ERF_ONE)));
        DoubleVector far = DoubleVector.zero(x.species()).blend(two, negative);
        return tiny.blend(small, a.compare(VectorOperators.GE, 0.25))
                .blend(middle, a.compare(VectorOperators.GE, SMALL))
                .blend(tail, a.compare(VectorOperators.GE, MIDDLE))
                .blend(far, a.compare(VectorOperators.GE, ERFC_ZERO));
    }

    /** erfc(a)·a for a ≥ MIDDLE (the scalar {@code MathFunctions} tail), with a²'s rounding error compensated. */
    private static DoubleVector erfcTail(DoubleVector a) {
        DoubleVector s = DoubleVector.broadcast(a.species(), 1.0).div(a.mul(a));
        DoubleVector rs = ratio(RB, SB, s).blend(ratio(RA, SA, s), a.compare(VectorOperators.LT, TAIL_SPLIT));
        DoubleVector z = a.reinterpretAsLongs().and(HIGH_WORD).reinterpretAsDoubles();
        return z.mul(z).neg().sub(TAIL_SHIFT).lanewise(VectorOperators.EXP)
                .mul(z.sub(a).mul(z.add(a)).add(rs).lanewise(VectorOperators.EXP));
    }

    private static DoubleVector ratio(double[] numerator, double[] denominator, DoubleVector z) {
        return poly(numerator, z).div(poly(denominator, z));
    }

    /** Horner's rule, constant term first in c; multiply then add, rounding as the scalar code does. */
    private static DoubleVector poly(double[] c, DoubleVector z) {
        DoubleVector r = DoubleVector.broadcast(z.species(), c[c.length - 1]);
        for (int i = c.length - 2; i >= 0; i--) r = r.mul(z).add(c[i]);
        return r;
    }

    private static final double LN2 = 0.6931471805599453;

    /** {@link MathFn#logaddexp2(double, double)} on lanes. */
    public static DoubleVector logaddexp2(DoubleVector x, DoubleVector y) {
        DoubleVector d = x.sub(y);
        DoubleVector larger = y.blend(x, d.compare(VectorOperators.GT, 0.0));
        DoubleVector two = DoubleVector.broadcast(x.species(), 2.0);
        DoubleVector r = larger.add(two.pow(d.abs().neg()).lanewise(VectorOperators.LOG1P).div(LN2));
        return r.blend(d, d.test(VectorOperators.IS_NAN)).blend(x.add(1.0), x.compare(VectorOperators.EQ, y));
    }

    /** {@link MathFn#heaviside(double, double)} on lanes: blends, NaN lanes keep x. */
    public static DoubleVector heaviside(DoubleVector x, DoubleVector h0) {
        DoubleVector zero = DoubleVector.zero(x.species());
        return x.blend(zero, x.compare(VectorOperators.LT, 0.0)).blend(zero.add(1.0), x.compare(VectorOperators.GT, 0.0))
                .blend(h0, x.compare(VectorOperators.EQ, 0.0));
    }

    /** {@link MathFn#logaddexp(double, double)} on lanes (float64 only: float32 computes in double and rounds once). */
    public static DoubleVector logaddexp(DoubleVector x, DoubleVector y) {
        DoubleVector d = x.sub(y);
        DoubleVector larger = y.blend(x, d.compare(VectorOperators.GT, 0.0));
        DoubleVector r = larger.add(d.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P));
        return r.blend(d, d.test(VectorOperators.IS_NAN)).blend(x.add(LN2), x.compare(VectorOperators.EQ, y));
    }

    /** {@link MathFn#sinc(double)} on lanes. */
    public static DoubleVector sinc(DoubleVector x) {
        DoubleVector y = x.blend(1.0e-20, x.compare(VectorOperators.EQ, 0.0)).mul(Math.PI);
        return y.lanewise(VectorOperators.SIN).div(y);
    }

    /** {@link MathFn#modffraction(double)} on lanes. */
    public static DoubleVector modfFraction(DoubleVector x) {
        DoubleVector fraction = x.sub(trunc(x)).blend(0.0, x.test(VectorOperators.IS_INFINITE));
        return copysign(fraction, x);
    }
}

package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
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
 */
public final class VectorMathFunctions {
    private VectorMathFunctions() {}

    private static final long SIGN_BIT = 0x8000000000000000L;

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
}

package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Python's float {@code //} and {@code %} on every lane, with exactly the results of {@link Scalars#floorDivNumpy}
 * and {@link Scalars#modNumpy}, which generated vector code calls (the Vector API has no remainder). Both rest on
 * C's fmod, exact: with q = trunc(a / b) as a whole number below 2^52, {@code fma(-q, b, a)} is a - q * b without
 * rounding, and q is the true quotient or one too far, which a sign check corrects. A vector with a lane outside
 * that range (a zero or infinite divisor, NaN, an infinite dividend, a huge quotient) takes Java's {@code %} lane by
 * lane.
 */
public final class VectorFloorDivision {
    private VectorFloorDivision() {}

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final double WHOLE = 0x1p52;

    /** C's fmod (Java's {@code %}): the remainder with the dividend's sign. */
    public static DoubleVector fmod(DoubleVector a, DoubleVector b) {
        DoubleVector quotient = a.div(b);
        VectorMask<Double> exact = quotient.abs().compare(VectorOperators.LT, WHOLE)
                .and(b.abs().compare(VectorOperators.LT, Double.POSITIVE_INFINITY));
        if (!exact.allTrue()) {
            double[] r = new double[a.length()];
            for (int q = 0; q < r.length; q++) r[q] = a.lane(q) % b.lane(q);
            return DoubleVector.fromArray(a.species(), r, 0);
        }
        DoubleVector r = trunc(quotient).neg().lanewise(VectorOperators.FMA, b, a);
        // one quotient too far leaves the remainder's sign opposite to a's: one divisor back towards zero
        VectorMask<Double> over = r.compare(VectorOperators.NE, 0.0)
                .and(r.compare(VectorOperators.LT, 0.0).eq(a.compare(VectorOperators.LT, 0.0)).not());
        r = r.add(withSignOf(b.abs(), a), over);
        return r.blend(withSignOf(DoubleVector.zero(a.species()), a), r.compare(VectorOperators.EQ, 0.0));
    }

    /** Scalars.modNumpy: the remainder with the divisor's sign (NaN for a zero divisor). */
    public static DoubleVector modNumpy(DoubleVector a, DoubleVector b) {
        DoubleVector m = fmod(a, b);
        DoubleVector adjusted = m.add(b, m.compare(VectorOperators.NE, 0.0).and(oppositeSigns(b, m)));
        return adjusted.blend(withSignOf(DoubleVector.zero(a.species()), b), m.compare(VectorOperators.EQ, 0.0));
    }

    /** Scalars.floorDivNumpy: CPython's float floor division (a / b for a zero divisor). */
    public static DoubleVector floorDivNumpy(DoubleVector a, DoubleVector b) {
        DoubleVector m = fmod(a, b);
        DoubleVector d = a.sub(m).div(b);
        d = d.sub(DoubleVector.broadcast(a.species(), 1.0), m.compare(VectorOperators.NE, 0.0).and(oppositeSigns(b, m)));
        DoubleVector f = floor(d);
        DoubleVector r = f.add(DoubleVector.broadcast(a.species(), 1.0), d.sub(f).compare(VectorOperators.GT, 0.5));
        DoubleVector ratio = a.div(b);
        r = r.blend(withSignOf(DoubleVector.zero(a.species()), ratio), d.compare(VectorOperators.EQ, 0.0));
        return r.blend(ratio, b.compare(VectorOperators.EQ, 0.0));
    }

    /** (b < 0) != (m < 0), as the scalar code compares (NaN is not below 0). */
    private static VectorMask<Double> oppositeSigns(DoubleVector b, DoubleVector m) {
        return b.compare(VectorOperators.LT, 0.0).eq(m.compare(VectorOperators.LT, 0.0)).not();
    }

    /** Math.floor: whole numbers below 2^52 in magnitude through long; larger ones, infinities and NaN are already. */
    private static DoubleVector floor(DoubleVector d) {
        DoubleVector t = trunc(d);
        t = t.sub(DoubleVector.broadcast(d.species(), 1.0), t.compare(VectorOperators.GT, d));
        return d.blend(t, d.abs().compare(VectorOperators.LT, WHOLE));
    }

    /** Rounded towards zero; exact for magnitudes below 2^52 (other lanes are garbage, for blending away). */
    private static DoubleVector trunc(DoubleVector x) {
        return (DoubleVector) x.convert(VectorOperators.D2L, 0).convert(VectorOperators.L2D, 0);
    }

    /** |x| with y's sign bit (x non-negative). */
    private static DoubleVector withSignOf(DoubleVector x, DoubleVector y) {
        return x.reinterpretAsLongs().or(y.reinterpretAsLongs().and(SIGN_BIT)).reinterpretAsDoubles();
    }
}

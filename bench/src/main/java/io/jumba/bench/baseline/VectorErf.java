package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Branch-free erf on a DoubleVector (the Vector API has no ERF operator). Both regimes run on every lane and a
 * blend picks one: for |x| < 2 the all-positive series erf(x) = 2/sqrt(pi) e^(-x^2) sum (2x^2)^n x / (2n+1)!!,
 * for |x| >= 2 Laplace's continued fraction for erfc, evaluated backwards from a fixed depth.
 */
final class VectorErf {
    private static final double SWITCH = 2.0;
    private static final int SERIES_TERMS = 40;
    private static final int FRACTION_DEPTH = 48;
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    private static final double ONE_OVER_SQRT_PI = 1.0 / Math.sqrt(Math.PI);
    private static final double[] ODD_RECIPROCALS = new double[SERIES_TERMS + 1];

    static {
        for (int n = 0; n <= SERIES_TERMS; n++) ODD_RECIPROCALS[n] = 1.0 / (2 * n + 1);
    }

    private VectorErf() {}

    static DoubleVector erf(DoubleVector x) {
        DoubleVector a = x.abs();
        DoubleVector a2 = a.mul(a);
        DoubleVector gauss = a2.neg().lanewise(VectorOperators.EXP);
        // Series: t_n = t_(n-1) * 2a^2 / (2n+1).
        DoubleVector twoA2 = a2.add(a2);
        DoubleVector term = a, sum = a;
        for (int n = 1; n <= SERIES_TERMS; n++) {
            term = term.mul(twoA2).mul(ODD_RECIPROCALS[n]);
            sum = sum.add(term);
        }
        DoubleVector series = sum.mul(gauss).mul(TWO_OVER_SQRT_PI);
        // Continued fraction: erfc(a) = e^(-a^2)/sqrt(pi) / (a + (1/2)/(a + 1/(a + (3/2)/(a + ...)))).
        DoubleVector denominator = a;
        for (int k = FRACTION_DEPTH; k >= 1; k--) denominator = a.add(DoubleVector.broadcast(a.species(), 0.5 * k).div(denominator));
        DoubleVector fraction = gauss.mul(ONE_OVER_SQRT_PI).div(denominator).neg().add(1.0);
        VectorMask<Double> large = a.compare(VectorOperators.GE, SWITCH);
        DoubleVector magnitude = series.blend(fraction, large);
        return magnitude.blend(magnitude.neg(), x.compare(VectorOperators.LT, 0.0));
    }
}

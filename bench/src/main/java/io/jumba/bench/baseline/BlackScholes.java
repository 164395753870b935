package io.jumba.bench.baseline;

import io.jumba.runtime.MathFunctions;
import io.jumba.runtime.VectorMathFunctions;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.util.stream.IntStream;

/** Baselines for the {@code black_scholes} case: European call and put prices, normal CDF through erf. */
public final class BlackScholes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final double RISK_FREE = 0.02;
    private static final double VOLATILITY = 0.30;
    private static final double DRIFT = RISK_FREE + 0.5 * VOLATILITY * VOLATILITY;
    private static final double SQRT2 = Math.sqrt(2.0);

    private BlackScholes() {}

    /**
     * Java has no math.erf: the plain loop uses the fdlibm erf of Jumba's runtime ({@link MathFunctions#erf}), so
     * the comparison measures loop code, not erf quality (Apache Commons Math's Erf.erf is about 100x slower).
     */
    public static void plain(double[] price, double[] strike, double[] years, double[] call, double[] put) {
        for (int i = 0; i < price.length; i++) option(i, price, strike, years, call, put);
    }

    /** The parallel stream a Java developer would write for the {@code black_scholes_prange} case. */
    public static void parallel(double[] price, double[] strike, double[] years, double[] call, double[] put) {
        IntStream.range(0, price.length).parallel().forEach(i -> option(i, price, strike, years, call, put));
    }

    private static void option(int i, double[] price, double[] strike, double[] years, double[] call, double[] put) {
        double s = price[i], k = strike[i], t = years[i];
        double sqrtT = Math.sqrt(t);
        double d1 = (Math.log(s / k) + DRIFT * t) / (VOLATILITY * sqrtT);
        double d2 = d1 - VOLATILITY * sqrtT;
        double discounted = k * Math.exp(-RISK_FREE * t);
        call[i] = s * cnd(d1) - discounted * cnd(d2);
        put[i] = discounted * cnd(-d2) - s * cnd(-d1);
    }

    private static double cnd(double d) {
        return 0.5 * (1.0 + MathFunctions.erf(d / SQRT2));
    }

    /**
     * Vector LOG/EXP/SQRT and the runtime's vector erf ({@link VectorMathFunctions}, which Jumba's SIMD code calls
     * too); cnd(-d) comes from erf being odd.
     */
    public static void vector(double[] price, double[] strike, double[] years, double[] call, double[] put) {
        int n = price.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector s = DoubleVector.fromArray(D, price, i);
            DoubleVector k = DoubleVector.fromArray(D, strike, i);
            DoubleVector t = DoubleVector.fromArray(D, years, i);
            DoubleVector sqrtT = t.sqrt();
            DoubleVector d1 = s.div(k).lanewise(VectorOperators.LOG).add(t.mul(DRIFT)).div(sqrtT.mul(VOLATILITY));
            DoubleVector d2 = d1.sub(sqrtT.mul(VOLATILITY));
            DoubleVector discounted = k.mul(t.mul(-RISK_FREE).lanewise(VectorOperators.EXP));
            DoubleVector e1 = VectorMathFunctions.erf(d1.div(SQRT2)), e2 = VectorMathFunctions.erf(d2.div(SQRT2));
            DoubleVector cnd1 = e1.add(1.0).mul(0.5), cnd2 = e2.add(1.0).mul(0.5);
            DoubleVector cndMinus1 = e1.neg().add(1.0).mul(0.5), cndMinus2 = e2.neg().add(1.0).mul(0.5);
            s.mul(cnd1).sub(discounted.mul(cnd2)).intoArray(call, i);
            discounted.mul(cndMinus2).sub(s.mul(cndMinus1)).intoArray(put, i);
        }
        for (; i < n; i++) option(i, price, strike, years, call, put);
    }
}

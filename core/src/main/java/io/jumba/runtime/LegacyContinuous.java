package io.jumba.runtime;

/**
 * The continuous samplers of NumPy's legacy {@code RandomState} that draw uniforms only ({@code random_laplace},
 * {@code random_gumbel}, {@code random_logistic}, {@code random_triangular} of distributions.c,
 * {@code legacy_rayleigh} and {@code legacy_vonmises} of legacy-distributions.c), step for step, so that they consume
 * the generator as NumPy's do. Rejected uniforms (0 or 1 where a logarithm would overflow) draw again, as NumPy.
 */
final class LegacyContinuous {
    private LegacyContinuous() {}

    static double laplace(Mt19937 mt, double loc, double scale) {
        for (;;) {
            double u = mt.nextDouble();
            if (u >= 0.5) return loc - scale * Math.log(2.0 - u - u);
            if (u > 0.0) return loc + scale * Math.log(u + u);
        }
    }

    static double gumbel(Mt19937 mt, double loc, double scale) {
        for (;;) {
            double u = 1.0 - mt.nextDouble();
            if (u < 1.0) return loc - scale * Math.log(-Math.log(u));
        }
    }

    static double logistic(Mt19937 mt, double loc, double scale) {
        for (;;) {
            double u = mt.nextDouble();
            if (u > 0.0) return loc + scale * Math.log(u / (1.0 - u));
        }
    }

    static double rayleigh(Mt19937 mt, double scale) {
        return scale * Math.sqrt(-2.0 * Math.log1p(-mt.nextDouble()));
    }

    static double triangular(Mt19937 mt, double left, double mode, double right) {
        double base = right - left, leftBase = mode - left, ratio = leftBase / base;
        double leftProd = leftBase * base, rightProd = (right - mode) * base;
        double u = mt.nextDouble();
        return u <= ratio ? left + Math.sqrt(u * leftProd) : right - Math.sqrt((1.0 - u) * rightProd);
    }

    static double vonmises(Mt19937 mt, double mu, double kappa) {
        if (Double.isNaN(kappa)) return Double.NaN;
        if (kappa < 1e-8) return Math.PI * (2 * mt.nextDouble() - 1);
        double s;
        if (kappa < 1e-5) {
            s = 1.0 / kappa + kappa;  // second-order Taylor expansion around kappa = 0
        } else {
            double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
            double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
            s = (1 + rho * rho) / (2 * rho);
        }
        double w;
        for (;;) {
            double u = mt.nextDouble();
            double z = Math.cos(Math.PI * u);
            w = (1 + s * z) / (s + z);
            double y = kappa * (s - w);
            double v = mt.nextDouble();
            if (y * (2 - y) - v >= 0 || Math.log(y / v) + 1 - y >= 0) break;
        }
        double u = mt.nextDouble();
        double result = Math.acos(w);
        if (u < 0.5) result = -result;
        result += mu;
        boolean negative = result < 0;
        double mod = (Math.abs(result) + Math.PI) % (2 * Math.PI) - Math.PI;
        return negative ? -mod : mod;
    }
}

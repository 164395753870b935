package io.jumba.runtime;

/**
 * The Poisson and binomial samplers of NumPy's legacy {@code RandomState}, step for step
 * ({@code random_poisson} of distributions.c, {@code legacy_random_binomial} of legacy-distributions.c, whose BTPE
 * keeps its historical error terms), so that the draws consume the generator as NumPy's do.
 */
final class LegacyDiscrete {
    private static final double LS2PI = 0.91893853320467267;
    private static final double[] LOGGAM = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
        -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03,
        -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};

    private LegacyDiscrete() {}

    static long poisson(Mt19937 mt, double lam) {
        if (lam >= 10) return poissonPtrs(mt, lam);
        if (lam == 0) return 0;
        double enlam = Math.exp(-lam), prod = 1.0;
        long x = 0;
        for (;;) {
            prod *= mt.nextDouble();
            if (prod > enlam) x++;
            else return x;
        }
    }

    /** Hörmann's transformed rejection with squeeze (PTRS). */
    private static long poissonPtrs(Mt19937 mt, double lam) {
        double slam = Math.sqrt(lam), loglam = Math.log(lam);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            double u = mt.nextDouble() - 0.5, v = mt.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -lam + k * loglam - loggam(k + 1.0)) {
                return k;
            }
        }
    }

    private static double loggam(double x) {
        if (x == 1.0 || x == 2.0) return 0.0;
        long n = x < 7.0 ? (long) (7 - x) : 0;
        double x0 = x + n, x2 = (1.0 / x0) * (1.0 / x0);
        double gl0 = LOGGAM[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += LOGGAM[k];
        }
        double gl = gl0 / x0 + LS2PI + (x0 - 0.5) * Math.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= Math.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }

    static long binomial(Mt19937 mt, long n, double p) {
        if (p <= 0.5) return p * n <= 30.0 ? inversion(mt, n, p) : btpe(mt, n, p);
        double q = 1.0 - p;
        return n - (q * n <= 30.0 ? inversion(mt, n, q) : btpe(mt, n, q));
    }

    private static long inversion(Mt19937 mt, long n, double p) {
        double q = 1.0 - p, qn = Math.exp(n * Math.log(q)), np = n * p;
        long bound = (long) Math.min(n, np + 10.0 * Math.sqrt(np * q + 1));
        long x = 0;
        double px = qn, u = mt.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = mt.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    /** Kachitvichyanukul and Schmeiser's BTPE, NumPy 1.16's version (its goto steps as a loop). */
    private static long btpe(Mt19937 mt, long n, double p) {
        double r = Math.min(p, 1.0 - p), q = 1.0 - r, fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r), laml = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        double lamr = a * (1.0 + a / 2.0);
        double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
        for (;;) {
            double nrq = n * r * q, u = mt.nextDouble() * p4, v = mt.nextDouble();
            long y;
            if (u <= p1) {
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y;
            }
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                y = (long) Math.floor(xl + Math.log(v) / laml);
                if (y < 0 || v == 0.0) continue;
                v = v * (u - p2) * laml;
            } else {
                y = (long) Math.floor(xr - Math.log(v) / lamr);
                if (y > n || v == 0.0) continue;
                v = v * (u - p3) * lamr;
            }
            long k = Math.abs(y - m);
            if (!(k > 20 && k < nrq / 2.0 - 1)) {
                double s = r / q, aa = s * (n + 1), f = 1.0;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) f *= aa / i - s;
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) f /= aa / i - s;
                }
                if (v > f) continue;
                return p > 0.5 ? n - y : y;
            }
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * k / (2 * nrq), bigA = Math.log(v);
            if (bigA < t - rho) return p > 0.5 ? n - y : y;
            if (bigA > t + rho) continue;
            double x1 = y + 1.0, f1 = m + 1.0, z = n + 1.0 - m, w = n - y + 1.0;
            double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
            if (bigA > xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log(w * r / (x1 * q))
                    + stirling(f1, f2) + stirling(z, z2) + stirling(x1, x2) + stirling(w, w2)) {
                continue;
            }
            return p > 0.5 ? n - y : y;
        }
    }

    private static double stirling(double v, double v2) {
        return (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;
    }
}

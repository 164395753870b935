package io.jumba.runtime;

/**
 * The discrete samplers of NumPy's legacy {@code RandomState}, step for step ({@code random_poisson} and
 * {@code random_geometric_search} of distributions.c; {@code legacy_random_binomial}, whose BTPE keeps its historical
 * error terms, {@code legacy_random_geometric}, {@code legacy_random_zipf}, {@code legacy_logseries} and
 * {@code legacy_random_hypergeometric} of legacy-distributions.c), so that the draws consume the generator as NumPy's
 * do.
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

    static long geometric(Mt19937 mt, double p) {
        if (p >= 0.333333333333333333333333) {
            double u = mt.nextDouble(), sum = p, prod = p, q = 1.0 - p;
            long x = 1;
            while (u > sum) {
                prod *= q;
                sum += prod;
                x++;
            }
            return x;
        }
        return (long) Math.ceil(Math.log1p(-mt.nextDouble()) / Math.log(1 - p));
    }

    static long zipf(Mt19937 mt, double a) {
        double am1 = a - 1.0, b = Math.pow(2.0, am1);
        for (;;) {
            double u = 1.0 - mt.nextDouble(), v = mt.nextDouble();
            double x = Math.floor(Math.pow(u, -1.0 / am1));
            if (x > (double) Long.MAX_VALUE || x < 1.0) continue;  // truncated to C's long, as NumPy
            double t = Math.pow(1.0 + 1.0 / x, am1);
            if (v * x * (t - 1.0) / (b - 1.0) <= t / b) return (long) x;
        }
    }

    static long logseries(Mt19937 mt, double p) {
        double r = Math.log(1.0 - p);
        for (;;) {
            double v = mt.nextDouble();
            if (v >= p) return 1;
            double u = mt.nextDouble();
            double q = 1.0 - Math.exp(r * u);
            if (v <= q * q) {
                long result = (long) Math.floor(1 + Math.log(v) / Math.log(q));
                if (result < 1 || v == 0.0) continue;
                return result;
            }
            return v >= q ? 1 : 2;
        }
    }

    static long hypergeometric(Mt19937 mt, long good, long bad, long sample) {
        if (sample > 10) return hypergeometricHrua(mt, good, bad, sample);
        if (sample <= 0) return 0;
        long d1 = bad + good - sample;
        double d2 = Math.min(bad, good), y = d2;
        long k = sample;
        while (y > 0.0) {
            double u = mt.nextDouble();
            y -= (long) Math.floor(u + y / (d1 + k));
            k--;
            if (k == 0) break;
        }
        long z = (long) (d2 - y);
        return good > bad ? sample - z : z;
    }

    /** Stadlober's ratio-of-uniforms HRUA with NumPy's corrections. */
    private static long hypergeometricHrua(Mt19937 mt, long good, long bad, long sample) {
        final double d1 = 1.7155277699214135, d2 = 0.8989161620588988;  // 2*sqrt(2/e), 3 - 2*sqrt(3/e)
        long minGoodBad = Math.min(good, bad), popSize = good + bad, maxGoodBad = Math.max(good, bad);
        long m = Math.min(sample, popSize - sample);
        double d4 = (double) minGoodBad / popSize, d5 = 1.0 - d4, d6 = m * d4 + 0.5;
        double d7 = Math.sqrt((double) (popSize - m) * sample * d4 * d5 / (popSize - 1) + 0.5);
        double d8 = d1 * d7 + d2;
        long d9 = (long) Math.floor((double) (m + 1) * (minGoodBad + 1) / (popSize + 2));
        double d10 = loggam(d9 + 1) + loggam(minGoodBad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxGoodBad - m + d9 + 1);
        double d11 = Math.min(Math.min(m, minGoodBad) + 1.0, Math.floor(d6 + 16 * d7));
        long z;
        for (;;) {
            double x = mt.nextDouble(), y = mt.nextDouble();
            double w = d6 + d8 * (y - 0.5) / x;
            if (w < 0.0 || w >= d11) continue;
            z = (long) Math.floor(w);
            double t = d10 - (loggam(z + 1) + loggam(minGoodBad - z + 1) + loggam(m - z + 1) + loggam(maxGoodBad - m + z + 1));
            if (x * (4.0 - x) - 3.0 <= t) break;
            if (x * (x - t) >= 1) continue;
            if (2.0 * Math.log(x) <= t) break;
        }
        if (good > bad) z = m - z;
        if (m < sample) z = good - z;
        return z;
    }
}

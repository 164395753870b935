package io.jumba.runtime;

import io.jumba.source.SourcePos;

/**
 * Python's {@code random} module inside kernels, as CPython computes it: {@code seed(n)} runs
 * {@code init_by_array} on the 32-bit words of {@code abs(n)}, {@code randrange} draws {@code getrandbits(k)} until
 * below the range ({@code _randbelow_with_getrandbits}), {@code gauss} is Box-Muller with CPython's cached second
 * value, {@code normalvariate} Kinderman-Monahan, and the other variates CPython's {@code random.py} steps
 * (gammavariate by Cheng's and Ahrens-Dieter's rejections, betavariate from two gammas, vonmisesvariate by Best and
 * Fisher). Its state is apart from {@link NumpyRandom}'s and, as in
 * Numba, one per thread, seeded from entropy when the thread first draws.
 */
public final class PythonRandom {
    private static final PerThread<PythonRandom> STATE = new PerThread<>(PythonRandom::new);
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    private final Mt19937 mt = new Mt19937();
    private boolean hasGauss;
    private double gaussNext;

    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);
    private static final double TWOPI = 2.0 * Math.PI;

    private PythonRandom() {}

    private static PythonRandom state() { return STATE.get(); }

    /** {@code random.seed(n)} for an integer n. */
    public static void seed(long n) {
        long magnitude = n < 0 ? -n : n;  // Long.MIN_VALUE stays 2**63 read unsigned
        int high = (int) (magnitude >>> 32);
        PythonRandom r = STATE.claim();
        r.mt.seedByArray(high == 0 ? new int[] {(int) magnitude} : new int[] {(int) magnitude, high});
        r.hasGauss = false;
    }

    /** {@code random.random()}. */
    public static double random() { return state().mt.nextDouble(); }

    /** {@code random.uniform(a, b)}. */
    public static double uniform(double a, double b) { return a + (b - a) * random(); }

    /** {@code random.expovariate(lambd)}: ZeroDivisionError for lambd 0, as Python. */
    public static double expovariate(double lambd, SourcePos pos) {
        double u = random();
        if (lambd == 0.0) throw Faults.zeroDivision("float division by zero", pos);
        return -Math.log(1.0 - u) / lambd;
    }

    /** {@code random.gauss(mu, sigma)}. */
    public static double gauss(double mu, double sigma) {
        PythonRandom r = state();
        double z;
        if (r.hasGauss) {
            r.hasGauss = false;
            z = r.gaussNext;
        } else {
            double x2pi = r.mt.nextDouble() * 2.0 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.nextDouble()));
            z = Math.cos(x2pi) * g2rad;
            r.gaussNext = Math.sin(x2pi) * g2rad;
            r.hasGauss = true;
        }
        return mu + z * sigma;
    }

    /** {@code random.normalvariate(mu, sigma)}. */
    public static double normalvariate(double mu, double sigma) {
        Mt19937 mt = state().mt;
        for (;;) {
            double u1 = mt.nextDouble(), u2 = 1.0 - mt.nextDouble();
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.log(u2)) return mu + z * sigma;
        }
    }

    /** {@code random.randrange(start, stop, step)} with CPython's ValueErrors. */
    public static long randrange(long start, long stop, long step, SourcePos pos) {
        long width = stop - start;
        if (step == 1) {
            if (width > 0) return start + below(width);
            throw Faults.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")", pos);
        }
        if (step == 0) throw Faults.valueError("zero step for randrange()", pos);
        long n = step > 0 ? Math.floorDiv(width + step - 1, step) : Math.floorDiv(width + step + 1, step);
        if (n <= 0) throw Faults.valueError("empty range for randrange()", pos);
        return start + step * below(n);
    }

    /** {@code random.randint(a, b)}: {@code randrange(a, b + 1)}. */
    public static long randint(long a, long b, SourcePos pos) { return randrange(a, b + 1, 1, pos); }

    /** {@code random.lognormvariate(mu, sigma)}. */
    public static double lognormvariate(double mu, double sigma) { return Math.exp(normalvariate(mu, sigma)); }

    /** {@code random.paretovariate(alpha)}. */
    public static double paretovariate(double alpha) { return Math.pow(1.0 - random(), -1.0 / alpha); }

    /** {@code random.weibullvariate(alpha, beta)}. */
    public static double weibullvariate(double alpha, double beta) {
        return alpha * Math.pow(-Math.log(1.0 - random()), 1.0 / beta);
    }

    /** {@code random.triangular(low, high, mode)}; mode None is the middle (c = 0.5). */
    public static double triangular(double low, double high, double mode) {
        double u = random();
        if (high - low == 0.0) return low;  // Python's ZeroDivisionError, caught by random.py
        return triangularStep(u, low, high, (mode - low) / (high - low));
    }

    /** {@code random.triangular(low, high)}, mode None. */
    public static double triangularMiddle(double low, double high) { return triangularStep(random(), low, high, 0.5); }

    private static double triangularStep(double u, double low, double high, double c) {
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    /** {@code random.vonmisesvariate(mu, kappa)}. */
    public static double vonmisesvariate(double mu, double kappa) {
        Mt19937 mt = state().mt;
        if (kappa <= 1e-6) return TWOPI * mt.nextDouble();
        double s = 0.5 / kappa, r = s + Math.sqrt(1.0 + s * s), z;
        for (;;) {
            z = Math.cos(Math.PI * mt.nextDouble());
            double d = z / (r + z), u2 = mt.nextDouble();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break;
        }
        double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
        double theta = mt.nextDouble() > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
        return pythonMod(theta, TWOPI);
    }

    /** {@code random.gammavariate(alpha, beta)}: ValueError unless both are positive, as Python. */
    public static double gammavariate(double alpha, double beta, SourcePos pos) {
        if (alpha <= 0.0 || beta <= 0.0) throw Faults.valueError("gammavariate: alpha and beta must be > 0.0", pos);
        Mt19937 mt = state().mt;
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
            for (;;) {
                double u1 = mt.nextDouble();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - mt.nextDouble();
                double v = Math.log(u1 / (1.0 - u1)) / ainv, x = alpha * Math.exp(v);
                double z = u1 * u1 * u2, r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Math.log(1.0 - mt.nextDouble()) * beta;
        double x;
        for (;;) {
            double u = mt.nextDouble(), b = (Math.E + alpha) / Math.E, p = b * u;
            x = p <= 1.0 ? Math.pow(p, 1.0 / alpha) : -Math.log((b - p) / alpha);
            double u1 = mt.nextDouble();
            if (p > 1.0 ? u1 <= Math.pow(x, alpha - 1.0) : u1 <= Math.exp(-x)) break;
        }
        return x * beta;
    }

    /** {@code random.betavariate(alpha, beta)}. */
    public static double betavariate(double alpha, double beta, SourcePos pos) {
        double y = gammavariate(alpha, 1.0, pos);
        return y != 0.0 ? y / (y + gammavariate(beta, 1.0, pos)) : 0.0;
    }

    /** {@code random.getrandbits(k)}, 0 <= k <= 64 (Numba's limit), as an unsigned 64-bit value. */
    public static long getrandbits(long k, SourcePos pos) {
        if (k < 0) throw Faults.valueError("number of bits must be non-negative", pos);
        if (k > 64) throw Faults.valueError("getrandbits() limited to 64 bits", pos);
        return k == 0 ? 0 : bits(state().mt, (int) k);
    }

    /** Python's float {@code %}: the result takes the divisor's sign. */
    private static double pythonMod(double a, double b) {
        double r = a % b;
        return r != 0.0 && (r < 0) != (b < 0) ? r + b : r;
    }

    /** {@code _randbelow(n)}, n > 0: k-bit draws, k the bit length of n, until one is below n. */
    private static long below(long n) {
        Mt19937 mt = state().mt;
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r;
        do r = bits(mt, k); while (r >= n);
        return r;
    }

    /** {@code getrandbits(k)}, 0 < k <= 64: the low word first, each word's excess low bits dropped. */
    private static long bits(Mt19937 mt, int k) {
        if (k <= 32) return mt.nextUint32() >>> (32 - k);
        long low = mt.nextUint32();
        return (mt.nextUint32() >>> (64 - k)) << 32 | low;
    }
}

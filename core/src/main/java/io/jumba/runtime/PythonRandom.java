package io.jumba.runtime;

import io.jumba.source.SourcePos;

/**
 * Python's {@code random} module inside kernels, as CPython computes it: {@code seed(n)} runs
 * {@code init_by_array} on the 32-bit words of {@code abs(n)}, {@code randrange} draws {@code getrandbits(k)} until
 * below the range ({@code _randbelow_with_getrandbits}), {@code gauss} is Box-Muller with CPython's cached second
 * value and {@code normalvariate} Kinderman-Monahan. Its state is apart from {@link NumpyRandom}'s and, as in
 * Numba, one per thread, seeded from entropy when the thread first draws.
 */
public final class PythonRandom {
    private static final ThreadLocal<PythonRandom> STATE = ThreadLocal.withInitial(PythonRandom::new);
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    private final Mt19937 mt = new Mt19937();
    private boolean hasGauss;
    private double gaussNext;

    private PythonRandom() {}

    private static PythonRandom state() { return STATE.get(); }

    /** {@code random.seed(n)} for an integer n. */
    public static void seed(long n) {
        long magnitude = n < 0 ? -n : n;  // Long.MIN_VALUE stays 2**63 read unsigned
        int high = (int) (magnitude >>> 32);
        PythonRandom r = state();
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

    /** {@code _randbelow(n)}, n > 0: k-bit draws, k the bit length of n, until one is below n. */
    private static long below(long n) {
        Mt19937 mt = state().mt;
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r;
        do r = bits(mt, k); while (r >= n);
        return r;
    }

    /** {@code getrandbits(k)}, 0 < k < 64: the low word first, each word's excess low bits dropped. */
    private static long bits(Mt19937 mt, int k) {
        if (k <= 32) return mt.nextUint32() >>> (32 - k);
        long low = mt.nextUint32();
        return (mt.nextUint32() >>> (64 - k)) << 32 | low;
    }
}

package io.jumba.runtime;

import static io.jumba.runtime.ErfCoefficients.*;

/**
 * The float64 implementations of registered math functions ({@link MathFn}, whose entries name these methods) that
 * {@link Math} lacks or gets differently from C's libm / NumPy. Float32 callers compute in double and round once.
 * Domain errors give NaN, never an exception, as in Numba.
 */
public final class MathFunctions {
    private MathFunctions() {}

    private static final double LN2 = 0.6931471805599453;
    private static final double TWO_POW_28 = 268435456.0;

    // ---- generated code and the interpreter call the very same methods: each MathFn entry names its method

    public static double sqrt(double x) { return Math.sqrt(x); }
    public static double cbrt(double x) { return Math.cbrt(x); }
    public static double exp(double x) { return Math.exp(x); }
    public static double expm1(double x) { return Math.expm1(x); }
    public static double log(double x) { return Math.log(x); }
    public static double log10(double x) { return Math.log10(x); }
    public static double log1p(double x) { return Math.log1p(x); }
    public static double sin(double x) { return Math.sin(x); }
    public static double cos(double x) { return Math.cos(x); }
    public static double tan(double x) { return Math.tan(x); }
    public static double asin(double x) { return Math.asin(x); }
    public static double acos(double x) { return Math.acos(x); }
    public static double atan(double x) { return Math.atan(x); }
    public static double sinh(double x) { return Math.sinh(x); }
    public static double cosh(double x) { return Math.cosh(x); }
    public static double tanh(double x) { return Math.tanh(x); }
    public static double atan2(double y, double x) { return Math.atan2(y, x); }
    public static double hypot(double x, double y) { return Math.hypot(x, y); }
    public static double pow(double x, double y) { return Scalars.pow(x, y); }
    /** C's fmod: the result has the dividend's sign (Java's {@code %} on doubles). */
    public static double fmod(double x, double y) { return x % y; }
    public static double copysign(double x, double y) { return Math.copySign(x, y); }
    /** Python 3.13's math.fma: x * y + z rounded once. */
    public static double fma(double x, double y, double z) { return Math.fma(x, y, z); }
    public static double floor(double x) { return Math.floor(x); }
    public static double ceil(double x) { return Math.ceil(x); }
    public static double rint(double x) { return Math.rint(x); }
    /** Round half to even, as Python's round() and np.round. */
    public static double round(double x) { return Math.rint(x); }

    /**
     * Python's {@code round(x, ndigits)} as Numba 0.56 computes it: scale by a power of ten (built by repeated
     * squaring, as its float ** int), round half to even, scale back; inf/NaN and overflowing scales give x.
     */
    public static double roundn(double x, double ndigits) {
        if (Double.isInfinite(x) || Double.isNaN(x)) return x;
        long n = (long) ndigits;
        if (n >= 0) {
            double pow1 = n > 22 ? powerOfTen(n - 22) : powerOfTen(n);
            double pow2 = n > 22 ? 1e22 : 1.0;
            double y = (x * pow1) * pow2;
            if (Double.isInfinite(y)) return x;
            return (Math.rint(y) / pow2) / pow1;
        }
        double pow1 = powerOfTen(-n);
        return Math.rint(x / pow1) * pow1;
    }

    /** 10.0 ** n for n >= 0 by square-and-multiply, as Numba's float ** int. */
    private static double powerOfTen(long n) {
        double r = 1.0, a = 10.0;
        for (long e = n; e != 0; e >>>= 1) {
            if ((e & 1) != 0) r *= a;
            a *= a;
        }
        return r;
    }

    public static boolean isnan(double x) { return Double.isNaN(x); }
    public static boolean isinf(double x) { return Double.isInfinite(x); }
    public static double degrees(double x) { return Math.toDegrees(x); }
    public static double radians(double x) { return Math.toRadians(x); }

    public static double exp2(double x) { return Math.pow(2.0, x); }

    /** log2, exact for powers of two. */
    public static double log2(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY && Double.doubleToRawLongBits(x) << 12 == 0
                && Math.getExponent(x) >= Double.MIN_EXPONENT) {
            return Math.getExponent(x);
        }
        return Math.log(x) / LN2;
    }

    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a == 0) return x;
        double r;
        if (a > TWO_POW_28) r = Math.log(a) + LN2;
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else r = Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        return Math.copySign(r, x);
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x > TWO_POW_28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) return Double.NaN;
        if (a == 1) return Math.copySign(Double.POSITIVE_INFINITY, x);
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    /** C's trunc: toward zero, keeping the sign of zero. */
    public static double trunc(double x) { return x < 0 ? Math.ceil(x) : Math.floor(x); }

    /** NumPy's sign: -1, 0 (keeping its sign) or 1; NaN stays NaN. */
    public static double sign(double x) { return x > 0 ? 1.0 : x < 0 ? -1.0 : x; }

    public static long sign(long x) { return Long.signum(x); }

    /** NumPy's fmin: the other operand if one is NaN. */
    public static double fmin(double a, double b) { return Double.isNaN(b) ? a : Double.isNaN(a) ? b : Math.min(a, b); }

    /** NumPy's fmax: the other operand if one is NaN. */
    public static double fmax(double a, double b) { return Double.isNaN(b) ? a : Double.isNaN(a) ? b : Math.max(a, b); }

    /** NumPy's minimum: NaN if either is NaN. */
    public static double min(double a, double b) { return Math.min(a, b); }

    public static double max(double a, double b) { return Math.max(a, b); }

    /**
     * Integer min as a comparison, not {@code Math.min}'s intrinsic: C2 then follows the branch profile. Where one
     * side almost always wins (a clamp such as {@code min(int(v * scale), nbins - 1)}) it keeps a predicted branch,
     * which takes the result off the chain to an address that depends on it (histogram kernel, 16M samples: 29 ms
     * with the conditional move, 24 ms with the branch); where neither side dominates it still emits a conditional
     * move.
     */
    public static long min(long a, long b) { return b < a ? b : a; }

    /** Integer max: a comparison, as {@link #min(long, long)}. */
    public static long max(long a, long b) { return b > a ? b : a; }

    public static double abs(double x) { return Math.abs(x); }

    /** Integer abs with wraparound (abs(int64 min) is int64 min, as NumPy). */
    public static long abs(long x) { return x < 0 ? -x : x; }

    public static boolean isfinite(double x) { return Double.isFinite(x); }

    /** Integers are never NaN or infinite. */
    public static boolean isnan(long x) { return false; }

    public static boolean isinf(long x) { return false; }

    public static boolean isfinite(long x) { return true; }

    // ---- erf / erfc: the fdlibm rational approximations (accurate to about 1 ulp), constants in ErfCoefficients --

    private static double poly(double[] c, double z) {
        double r = 0;
        for (int i = c.length - 1; i >= 0; i--) r = r * z + c[i];
        return r;
    }

    /** erfc(a)·a for a ≥ MIDDLE: exp(-a²) times a rational correction, with a²'s rounding error compensated. */
    private static double erfcTail(double a) {
        double s = 1 / (a * a);
        double rs = a < TAIL_SPLIT ? poly(RA, s) / poly(SA, s) : poly(RB, s) / poly(SB, s);
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & HIGH_WORD);
        return Math.exp(-z * z - TAIL_SHIFT) * Math.exp((z - a) * (z + a) + rs);
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.copySign(1.0, x);
        double a = Math.abs(x);
        double r;
        if (a < SMALL) {
            if (a < 0x1p-28) r = a + EFX * a;
            else {
                double z = a * a;
                r = a + a * (poly(PP, z) / poly(QQ, z));
            }
        } else if (a < MIDDLE) {
            double s = a - 1;
            r = ERX + poly(PA, s) / poly(QA, s);
        } else if (a >= ERF_ONE) {
            r = 1.0;
        } else {
            r = 1 - erfcTail(a) / a;
        }
        return Math.copySign(r, x);
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? 0.0 : 2.0;
        double a = Math.abs(x);
        boolean neg = x < 0;
        if (a < SMALL) {
            if (a < 0x1p-56) return 1 - x;
            double z = x * x;
            double y = poly(PP, z) / poly(QQ, z);
            if (a < 0.25) return 1 - (x + x * y);
            return 0.5 - (x * y + (x - 0.5));
        }
        if (a < MIDDLE) {
            double s = a - 1;
            double p = poly(PA, s) / poly(QA, s);
            return neg ? 1 + ERX + p : 1 - ERX - p;
        }
        if (a < ERFC_ZERO) {
            if (neg && a > ERF_ONE) return 2.0;
            double r = erfcTail(a) / a;
            return neg ? 2 - r : r;
        }
        return neg ? 2.0 : 0.0;
    }

    // ---- gamma / lgamma: Lanczos approximation (N=13, g≈6.0247), as CPython and Numba --------------------------

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
        45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** The Lanczos sum as a rational function, evaluated in 1/x for large x to avoid overflow. */
    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(πx), exact at integers and half-integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    public static double gamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        if (x == 0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (x == Math.floor(x)) {
            if (x < 0) return Double.NaN;
            if (x <= 23) {
                double f = 1;
                for (int k = 2; k < (int) x; k++) f *= k;
                return f;
            }
        }
        double a = Math.abs(x);
        if (a < 1e-20) return 1.0 / x;
        if (a > 200) return x < 0 ? 0.0 / sinPi(x) : Double.POSITIVE_INFINITY;
        double y = a + LANCZOS_G_MINUS_HALF;
        // z is the rounding error of y; the correction r·z·g/y compensates it (see CPython's mathmodule.c).
        double z = a > LANCZOS_G_MINUS_HALF ? (y - a) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - a;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinPi(a) / a * Math.exp(y) / lanczosSum(a);
            r -= z * r;
            if (a < 140) r /= Math.pow(y, a - 0.5);
            else {
                double sq = Math.pow(y, a / 2.0 - 0.25);
                r /= sq;
                r /= sq;
            }
        } else {
            r = lanczosSum(a) / Math.exp(y);
            r += z * r;
            if (a < 140) r *= Math.pow(y, a - 0.5);
            else {
                double sq = Math.pow(y, a / 2.0 - 0.25);
                r *= sq;
                r *= sq;
            }
        }
        return r;
    }

    public static double lgamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0 ? Double.POSITIVE_INFINITY : 0.0;
        double a = Math.abs(x);
        if (a < 1e-20) return -Math.log(a);
        double r = Math.log(lanczosSum(a)) - LANCZOS_G;
        r += (a - 0.5) * (Math.log(a + LANCZOS_G - 0.5) - 1);
        if (x < 0) r = LOG_PI - Math.log(Math.abs(sinPi(a))) - Math.log(a) - r;
        return r;
    }
}

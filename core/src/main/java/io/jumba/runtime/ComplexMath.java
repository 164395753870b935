package io.jumba.runtime;

import io.jumba.array.Complex;
import io.jumba.source.SourcePos;

/**
 * Complex arithmetic with Numba's semantics, which are CPython's: division by Smith's method with
 * ZeroDivisionError for a zero divisor, and {@code **} by repeated squaring for whole exponents up to 100 in size
 * and by polar form otherwise. Generated code calls these methods and the interpreter evaluates them. The
 * {@code ...Single} twins are complex64's: each step rounds to float as Numba's float32 operations do.
 */
public final class ComplexMath {
    private ComplexMath() {}

    public static Complex of(double re, double im) { return new Complex(re, im); }

    /** A complex64 value: both parts rounded to float. */
    public static Complex single(Complex z) { return z.toSingle(); }

    public static Complex add(Complex a, Complex b) { return new Complex(a.re() + b.re(), a.im() + b.im()); }

    public static Complex sub(Complex a, Complex b) { return new Complex(a.re() - b.re(), a.im() - b.im()); }

    public static Complex mul(Complex a, Complex b) {
        return new Complex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }

    public static Complex neg(Complex a) { return new Complex(-a.re(), -a.im()); }

    public static Complex addSingle(Complex a, Complex b) {
        return new Complex((float) a.re() + (float) b.re(), (float) a.im() + (float) b.im());
    }

    public static Complex subSingle(Complex a, Complex b) {
        return new Complex((float) a.re() - (float) b.re(), (float) a.im() - (float) b.im());
    }

    public static Complex mulSingle(Complex a, Complex b) {
        float ar = (float) a.re(), ai = (float) a.im(), br = (float) b.re(), bi = (float) b.im();
        return new Complex(ar * br - ai * bi, ar * bi + ai * br);
    }

    /** a / b; ZeroDivisionError "complex division by zero" at pos when b is zero. */
    public static Complex div(Complex a, Complex b, SourcePos pos) {
        if (b.re() == 0 && b.im() == 0) throw Faults.zeroDivision("complex division by zero", pos);
        double ar = a.re(), ai = a.im(), br = b.re(), bi = b.im();
        if (Math.abs(br) >= Math.abs(bi)) {
            if (br == 0) return new Complex(Double.NaN, Double.NaN);
            double ratio = bi / br, denom = br + bi * ratio;
            return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        double ratio = br / bi, denom = br * ratio + bi;
        return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }

    /** {@link #div} in float steps. */
    public static Complex divSingle(Complex a, Complex b, SourcePos pos) {
        if (b.re() == 0 && b.im() == 0) throw Faults.zeroDivision("complex division by zero", pos);
        float ar = (float) a.re(), ai = (float) a.im(), br = (float) b.re(), bi = (float) b.im();
        if (Math.abs(br) >= Math.abs(bi)) {
            if (br == 0) return new Complex(Double.NaN, Double.NaN);
            float ratio = bi / br, denom = br + bi * ratio;
            return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        float ratio = br / bi, denom = br * ratio + bi;
        return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }

    /** a / b under error_model 'numpy': no exception, a zero divisor gives infinities and NaN as NumPy. */
    public static Complex divNumpy(Complex a, Complex b) {
        if (b.re() == 0 && b.im() == 0) return new Complex(a.re() / 0.0, a.im() / 0.0);
        return div(a, b, null);
    }

    /** {@link #divNumpy} in float steps. */
    public static Complex divNumpySingle(Complex a, Complex b) {
        if (b.re() == 0 && b.im() == 0) return new Complex(a.re() / 0.0, a.im() / 0.0);
        return divSingle(a, b, null);
    }

    /** CPython's complex {@code **}; ZeroDivisionError for zero to a negative or complex power. */
    public static Complex pow(Complex a, Complex b, SourcePos pos) {
        if (b.im() == 0 && b.re() == Math.floor(b.re()) && Math.abs(b.re()) <= 100) {
            long n = (long) b.re();
            if (n >= 0) return powUnsigned(a, n);
            return div(new Complex(1, 0), powUnsigned(a, -n), pos);
        }
        if (b.re() == 0 && b.im() == 0) return new Complex(1, 0);
        if (a.re() == 0 && a.im() == 0) {
            if (b.im() != 0 || b.re() < 0) throw Faults.zeroDivision("0.0 to a negative or complex power", pos);
            return new Complex(0, 0);
        }
        double vabs = Math.hypot(a.re(), a.im());
        double len = Math.pow(vabs, b.re());
        double at = Math.atan2(a.im(), a.re());
        double phase = at * b.re();
        if (b.im() != 0) {
            len /= Math.exp(at * b.im());
            phase += b.im() * Math.log(vabs);
        }
        return new Complex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static Complex powUnsigned(Complex x, long n) {
        Complex r = new Complex(1, 0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = mul(r, p);
            p = mul(p, p);
        }
        return r;
    }

    // ---- storage: two slots per element, real part first -------------------------------------------------------

    /** Element p of complex128 storage. */
    public static Complex load(double[] data, int p) { return new Complex(data[2 * p], data[2 * p + 1]); }

    /** Element p of complex64 storage. */
    public static Complex load(float[] data, int p) { return new Complex(data[2 * p], data[2 * p + 1]); }

    public static void store(double[] data, int p, Complex v) {
        data[2 * p] = v.re();
        data[2 * p + 1] = v.im();
    }

    public static void store(float[] data, int p, Complex v) {
        data[2 * p] = (float) v.re();
        data[2 * p + 1] = (float) v.im();
    }

    public static boolean eq(Complex a, Complex b) { return a.re() == b.re() && a.im() == b.im(); }

    public static boolean ne(Complex a, Complex b) { return !eq(a, b); }

    /** Whether z is nonzero (Python's truth of a complex). */
    public static boolean truth(Complex z) { return z.re() != 0 || z.im() != 0; }

    // ---- functions: abs, parts, cmath --------------------------------------------------------------------------

    public static double abs(Complex z) { return Math.hypot(z.re(), z.im()); }

    public static double real(Complex z) { return z.re(); }

    public static double imag(Complex z) { return z.im(); }

    public static Complex conjugate(Complex z) { return new Complex(z.re(), -z.im()); }

    public static double phase(Complex z) { return Math.atan2(z.im(), z.re()); }

    public static boolean isnan(Complex z) { return Double.isNaN(z.re()) || Double.isNaN(z.im()); }

    public static boolean isinf(Complex z) { return Double.isInfinite(z.re()) || Double.isInfinite(z.im()); }

    public static boolean isfinite(Complex z) { return Double.isFinite(z.re()) && Double.isFinite(z.im()); }

    /** {@code cmath.rect(r, phi)}. */
    public static Complex rect(double r, double phi) {
        if (phi == 0) return new Complex(r, r * phi); // keeps rect(inf, 0) = inf+0j, not nan
        return new Complex(r * Math.cos(phi), r * Math.sin(phi));
    }

    public static Complex exp(Complex z) {
        double r = Math.exp(z.re());
        if (z.im() == 0) return new Complex(r, z.im());
        return new Complex(r * Math.cos(z.im()), r * Math.sin(z.im()));
    }

    /** CPython's c_log: log1p near the unit circle and rescaling at the ends of the range keep the real part exact. */
    public static Complex log(Complex z) {
        double ax = Math.abs(z.re()), ay = Math.abs(z.im());
        double re;
        if (ax > Double.MAX_VALUE / 4 || ay > Double.MAX_VALUE / 4) {
            re = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            re = ax > 0 || ay > 0
                    ? Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2
                    : Double.NEGATIVE_INFINITY;
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new Complex(re, Math.atan2(z.im(), z.re()));
    }

    public static Complex log10(Complex z) {
        Complex l = log(z);
        return new Complex(l.re() / LN10, l.im() / LN10);
    }

    /** CPython's c_sqrt: scaled so that no step overflows or loses subnormal bits. */
    public static Complex sqrt(Complex z) {
        if (z.re() == 0 && z.im() == 0) return new Complex(0, z.im());
        if (Double.isInfinite(z.im())) return new Complex(Double.POSITIVE_INFINITY, z.im());
        if (Double.isNaN(z.re()) || Double.isNaN(z.im())) return new Complex(Double.NaN, Double.NaN);
        double ax = Math.abs(z.re()), ay = Math.abs(z.im());
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.re() >= 0 ? new Complex(s, Math.copySign(d, z.im())) : new Complex(d, Math.copySign(s, z.im()));
    }

    public static Complex sinh(Complex z) {
        return new Complex(Math.sinh(z.re()) * Math.cos(z.im()), Math.cosh(z.re()) * Math.sin(z.im()));
    }

    public static Complex cosh(Complex z) {
        return new Complex(Math.cosh(z.re()) * Math.cos(z.im()), Math.sinh(z.re()) * Math.sin(z.im()));
    }

    /** CPython's c_tanh for arguments of moderate size; beyond |re| > 354 it is ±1 with a vanishing imaginary part. */
    public static Complex tanh(Complex z) {
        double x = z.re(), y = z.im();
        if (Math.abs(x) > 354) {
            return new Complex(Math.copySign(1, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double tx = Math.tanh(x), ty = Math.tan(y), cx = 1 / Math.cosh(x);
        double txty = tx * ty, denom = 1 + txty * txty;
        return new Complex(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** sin(z) = -i sinh(iz). */
    public static Complex sin(Complex z) {
        Complex r = sinh(new Complex(-z.im(), z.re()));
        return new Complex(r.im(), -r.re());
    }

    /** cos(z) = cosh(iz). */
    public static Complex cos(Complex z) { return cosh(new Complex(-z.im(), z.re())); }

    /** tan(z) = -i tanh(iz). */
    public static Complex tan(Complex z) {
        Complex r = tanh(new Complex(-z.im(), z.re()));
        return new Complex(r.im(), -r.re());
    }

    /**
     * CPython's c_acos as Numba compiles it: by the square roots of 1 - z and 1 + z, which puts the branch cuts on the
     * real axis beyond ±1; for |re| or |im| beyond float32's max / 4 (Numba's threshold) by the logarithm alone.
     */
    public static Complex acos(Complex z) {
        if (Math.abs(z.re()) > LARGE || Math.abs(z.im()) > LARGE) {
            return new Complex(Math.atan2(Math.abs(z.im()), z.re()),
                    Math.copySign(Math.log(Math.hypot(z.re() * 0.5, z.im() * 0.5)) + LN4, -z.im()));
        }
        Complex s1 = sqrt(new Complex(1 - z.re(), -z.im()));
        Complex s2 = sqrt(new Complex(1 + z.re(), z.im()));
        return new Complex(2 * Math.atan2(s1.re(), s2.re()), MathFunctions.asinh(s2.re() * s1.im() - s2.im() * s1.re()));
    }

    /** CPython's c_acosh as Numba compiles it (branch cut on the real axis below 1). */
    public static Complex acosh(Complex z) {
        if (Math.abs(z.re()) > LARGE || Math.abs(z.im()) > LARGE) {
            return new Complex(Math.log(Math.hypot(z.re() * 0.5, z.im() * 0.5)) + LN4, Math.atan2(z.im(), z.re()));
        }
        Complex s1 = sqrt(new Complex(z.re() - 1, z.im()));
        Complex s2 = sqrt(new Complex(z.re() + 1, z.im()));
        return new Complex(MathFunctions.asinh(s1.re() * s2.re() + s1.im() * s2.im()), 2 * Math.atan2(s1.im(), s2.re()));
    }

    /** CPython's c_asinh as Numba compiles it (branch cuts on the imaginary axis beyond ±i). */
    public static Complex asinh(Complex z) {
        if (Math.abs(z.re()) > LARGE || Math.abs(z.im()) > LARGE) {
            return new Complex(Math.copySign(Math.log(Math.hypot(z.re() * 0.5, z.im() * 0.5)) + LN4, z.re()),
                    Math.atan2(z.im(), Math.abs(z.re())));
        }
        Complex s1 = sqrt(new Complex(1 + z.im(), -z.re()));
        Complex s2 = sqrt(new Complex(1 - z.im(), z.re()));
        return new Complex(MathFunctions.asinh(s1.re() * s2.im() - s2.re() * s1.im()),
                Math.atan2(z.im(), s1.re() * s2.re() - s1.im() * s2.im()));
    }

    /** asin(z) = -i asinh(iz). */
    public static Complex asin(Complex z) {
        Complex r = asinh(new Complex(-z.im(), z.re()));
        return new Complex(r.im(), -r.re());
    }

    /** atan(z) = -i atanh(iz); Numba swaps the parts for an infinite real and NaN imaginary part. */
    public static Complex atan(Complex z) {
        Complex r = atanh(new Complex(-z.im(), z.re()));
        if (Double.isInfinite(z.re()) && Double.isNaN(z.im())) return new Complex(r.im(), r.re());
        return new Complex(r.im(), -r.re());
    }

    /**
     * CPython's c_atanh as Numba compiles it, on z with a non-negative real part (atanh(-z) = -atanh(z)): log1p in
     * the main range, 1/z ± iπ/2 for large arguments, and inf ± 0j at 1 ± 0j, where CPython raises ValueError.
     */
    public static Complex atanh(Complex z) {
        if (z.re() < 0) return neg(atanh(neg(z)));
        double x = z.re(), ay = Math.abs(z.im());
        double re, im;
        if (Double.isNaN(x) || x > SQRT_LARGE || ay > SQRT_LARGE) {
            if (Double.isInfinite(z.im())) re = Math.copySign(0.0, x);
            else if (Double.isInfinite(x)) re = 0;
            else {
                double h = Math.hypot(x * 0.5, z.im() * 0.5);
                re = x / 4 / h / h;
            }
            im = -Math.copySign(Math.PI / 2, -z.im());
        } else if (x == 1 && ay < SQRT_TINY) {
            if (ay == 0) {
                re = Double.POSITIVE_INFINITY;
                im = z.im();
            } else {
                re = -Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2)));
                im = Math.copySign(Math.atan2(2, -ay) / 2, z.im());
            }
        } else {
            double zr1 = 1 - x;
            re = Math.log1p(4 * x / (zr1 * zr1 + ay * ay)) * 0.25;
            im = -Math.atan2(-2 * z.im(), zr1 * (1 + x) - ay * ay) * 0.5;
        }
        return new Complex(re, Double.isNaN(z.im()) ? Double.NaN : im);
    }

    private static final double LN2 = 0.6931471805599453;
    private static final double LN4 = Math.log(4);
    /** Numba's thresholds for the inverse functions come from float32's range (mathimpl.FLT_MAX, FLT_MIN). */
    private static final double LARGE = Float.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double SQRT_TINY = Math.sqrt(Float.MIN_NORMAL);
    private static final double LN10 = 2.302585092994046;
}

package io.jumba.array;

/**
 * A complex number, the value of a complex64 or complex128 scalar: what kernels take and return for Python's
 * {@code complex}, and what {@link NDArray#get} gives for an element of a complex array. A complex64 value holds
 * parts already rounded to float.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Complex(double re, double im) {
    /** Zero. */
    public static final Complex ZERO = new Complex(0, 0);

    /** The value with both parts rounded to float, as a complex64 holds it. */
    public Complex toSingle() { return new Complex((float) re, (float) im); }

    /** Python's {@code repr}: {@code (1+2j)}, {@code 2j}, {@code (-0-1j)}, {@code (nan+infj)}. */
    @Override
    public String toString() {
        if (Double.doubleToRawLongBits(re) == 0) return trimmed(im) + "j";
        boolean negative = im < 0 || Double.doubleToRawLongBits(im) == Long.MIN_VALUE;
        return "(" + trimmed(re) + (negative ? "" : "+") + trimmed(im) + "j)";
    }

    /** A part as Python writes it inside a complex repr: no {@code .0} on whole numbers. */
    private static String trimmed(double v) {
        String s = PythonRepr.ofFloat(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}

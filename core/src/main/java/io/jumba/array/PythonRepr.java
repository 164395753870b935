package io.jumba.array;

/**
 * Formats kernel values as Python shows them: {@link #of} as {@code repr} ({@code None}, {@code 3}, {@code 2.5},
 * {@code (1, True)}, {@code array([1., 2.])}, {@code dtype('float64')}), {@link #str} as {@code str} and {@code print}
 * ({@code [1. 2.]}, {@code float64}).
 * Values are boxed as kernels return them: Long, Double, Float, Boolean, ..., NDArray, Object[] for a tuple,
 * a java.util.List for a list, a java.util.Map for a dict.
 */
public final class PythonRepr {
    private PythonRepr() {}

    /** Python's {@code repr(value)}. */
    public static String of(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Double d -> ofFloat(d);
            case Float f -> ofFloat(f.doubleValue());
            case java.math.BigInteger n -> n.toString();
            case Number n -> Long.toString(n.longValue());
            case Object[] tuple -> ofTuple(tuple);
            case NDArray a -> a.toString(); // NumPy's repr, core's formatter
            case DType d -> "dtype('" + d.numpyName() + "')";
            case java.util.List<?> list -> "[" + String.join(", ", list.stream().map(PythonRepr::of).toList()) + "]";
            case java.util.Map<?, ?> map -> "{" + String.join(", ", map.entrySet().stream()
                    .map(e -> of(e.getKey()) + ": " + of(e.getValue())).toList()) + "}";
            default -> value.toString();
        };
    }

    /**
     * Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16 on. Worked out on the
     * text of {@link Double#toString}, which has the shortest digits too: BigDecimal would cost a cold CLI call
     * its class initialization.
     */
    public static String ofFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String text = Double.toString(Math.abs(d)); // "123.45", "0.00123" or "1.2345E-7"
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int point = mantissa.indexOf('.');
        String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int pointPos = point + (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1))); // value = 0.ALL × 10^pointPos
        int first = 0;
        while (all.charAt(first) == '0') first++;
        int end = all.length();
        while (all.charAt(end - 1) == '0') end--;
        String digits = all.substring(first, end);
        pointPos -= first;
        String sign = d < 0 ? "-" : "";
        if (pointPos > 16 || pointPos < -3) {
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = Math.abs(pointPos - 1);
            return sign + m + "e" + (pointPos - 1 < 0 ? "-" : "+") + (exp < 10 ? "0" : "") + exp;
        }
        if (pointPos <= 0) return sign + "0." + "0".repeat(-pointPos) + digits;
        if (pointPos >= digits.length()) return sign + digits + "0".repeat(pointPos - digits.length()) + ".0";
        return sign + digits.substring(0, pointPos) + "." + digits.substring(pointPos);
    }

    /** Python's {@code str(value)}: as {@link #of}, except that an array prints as NumPy's {@code str}. */
    public static String str(Object value) {
        return switch (value) {
            case NDArray a -> ArrayFormatter.str(a);
            case DType d -> d.numpyName();
            case null, default -> of(value);
        };
    }

    private static String ofTuple(Object[] tuple) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < tuple.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(of(tuple[i]));
        }
        return sb.append(tuple.length == 1 ? ",)" : ")").toString();
    }
}

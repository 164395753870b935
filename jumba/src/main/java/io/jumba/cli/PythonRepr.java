package io.jumba.cli;

import io.jumba.array.NDArray;

import java.math.BigDecimal;

/** Formats kernel results as Python's {@code repr} would show them: {@code None}, {@code 3}, {@code 2.5}, {@code (1, True)}. */
final class PythonRepr {
    private PythonRepr() {}

    static String of(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Double d -> ofFloat(d);
            case Float f -> ofFloat(f.doubleValue());
            case Number n -> Long.toString(n.longValue());
            case Object[] tuple -> ofTuple(tuple);
            case NDArray a -> NumpyRepr.of(a);
            default -> value.toString();
        };
    }

    /** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16 on. */
    static String ofFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int pointPos = digits.length() - exact.scale(); // value = 0.DIGITS × 10^pointPos
        String sign = d < 0 ? "-" : "";
        if (pointPos > 16 || pointPos < -3) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = pointPos - 1;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String plain = exact.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
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

package io.jumba.dispatch;

import io.jumba.array.JavaArrays;

/**
 * Brings call arguments to Jumba's runtime conventions: every Java integer box but {@code Long} means int64
 * (a Python int), so it becomes a {@code Long}; Java's primitive arrays and rectangular matrices become
 * {@code NDArray}s ({@link JavaArrays}: 1-d ones shared, 2-d ones copied); everything else passes through unchanged (tuples element by element).
 */
final class Arguments {
    private Arguments() {}

    static Object[] normalize(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) out[i] = normalize(out[i]);
        return out;
    }

    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
        var array = JavaArrays.asNDArray(value);
        if (array.isPresent()) return array.get();
        return value instanceof Object[] tuple ? normalize(tuple) : value;
    }
}

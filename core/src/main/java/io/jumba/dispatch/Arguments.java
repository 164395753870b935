package io.jumba.dispatch;

/**
 * Brings call arguments to Jumba's runtime conventions: every Java integer box but {@code Long} means int64
 * (a Python int), so it becomes a {@code Long}; everything else passes through unchanged.
 */
final class Arguments {
    private Arguments() {}

    static Object[] normalize(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Short || out[i] instanceof Byte) {
                out[i] = ((Number) out[i]).longValue();
            }
        }
        return out;
    }
}

package io.jumba.runtime.parallel;

/**
 * Whether a chunk's argmin/argmax partial moved from where it started (its value from the identity, its companions
 * from their values on loop entry): the {@code updated} flags of {@link Combine#winner}. Floats compare by bits
 * (NaN equals NaN, 0.0 differs from -0.0), so a partial counts as moved exactly when its state differs.
 */
public final class ChunkUpdates {
    private ChunkUpdates() {}

    public static boolean moved(double now, double start) {
        return Double.doubleToLongBits(now) != Double.doubleToLongBits(start);
    }

    public static boolean moved(long now, long start) { return now != start; }

    public static boolean moved(boolean now, boolean start) { return now != start; }

    public static boolean moved(Object now, Object start) { return now != start; }
}

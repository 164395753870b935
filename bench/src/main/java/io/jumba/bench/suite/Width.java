package io.jumba.bench.suite;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;

import java.util.List;

/**
 * The SIMD width one pass of the suite is pinned to, in bits; 0 is the JVM's default (the hardware's preferred
 * species). A pinned width caps C2's vectors with {@code -XX:MaxVectorSize} (so the Vector API baselines'
 * {@code SPECIES_PREFERRED} and HotSpot's auto-vectorized plain loops use it too) and makes Jumba generate that
 * species ({@code -Djumba.simd.width}).
 */
public record Width(int bits) {
    /** The JVM's default width. */
    public static final Width DEFAULT = new Width(0);

    /** "128", "256", ... or "preferred"/"default" for {@link #DEFAULT}. */
    public static Width parse(String text) {
        if (text.trim().equalsIgnoreCase("default")) return DEFAULT;
        SpeciesWidth w = SpeciesWidth.parse(text);
        return w == SpeciesWidth.PREFERRED ? DEFAULT : new Width(w.bits());
    }

    /** The options a forked JVM needs for this width (none for the default). */
    public List<String> jvmArgs() {
        if (bits == 0) return List.of();
        return List.of("-XX:MaxVectorSize=" + bits / 8, "-D" + VectorOptions.WIDTH_PROPERTY + "=" + bits);
    }

    /** "default" or e.g. "256" (the JSON's width field). */
    public String id() {
        return bits == 0 ? "default" : Integer.toString(bits);
    }

    /** "default width" or e.g. "256-bit". */
    public String label() {
        return bits == 0 ? "default width" : bits + "-bit";
    }
}

package io.jumba.vectorize.options;

import jdk.incubator.vector.VectorShape;

/**
 * Which vector species generated loops use. PREFERRED (the default) is the hardware's widest; an explicit width
 * wider than the hardware's runs far slower than scalar code, so it is used only when asked for.
 */
public enum SpeciesWidth {
    S64(64), S128(128), S256(256), S512(512), PREFERRED(0);

    private final int bits;

    SpeciesWidth(int bits) { this.bits = bits; }

    /** Vector size in bits (the running hardware's preferred size for PREFERRED). */
    public int bits() { return this == PREFERRED ? VectorShape.preferredShape().vectorBitSize() : bits; }

    /** The suffix of the Vector API's species constants, e.g. {@code "256"} in {@code DoubleVector.SPECIES_256}. */
    public String speciesSuffix() { return this == PREFERRED ? "PREFERRED" : Integer.toString(bits); }

    /** Parses "64", "128", "256", "512" or "preferred" (any case). */
    public static SpeciesWidth parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("preferred")) return PREFERRED;
        for (SpeciesWidth w : values()) if (w != PREFERRED && Integer.toString(w.bits).equals(t)) return w;
        throw new IllegalArgumentException("unknown vector species width '" + text + "' (64, 128, 256, 512, preferred)");
    }
}

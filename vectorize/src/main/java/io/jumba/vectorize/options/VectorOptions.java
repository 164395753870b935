package io.jumba.vectorize.options;

/**
 * Options of the vectorizer.
 *
 * @param width     the species width (default PREFERRED)
 * @param strict    keep float sums and products in exact sequential order, i.e. leave such reductions scalar
 * @param maxUnroll the most vector steps one main-loop iteration does (1..4); fewer for big bodies
 */
public record VectorOptions(SpeciesWidth width, boolean strict, int maxUnroll) {
    /** System property naming the species width: 64, 128, 256, 512 or preferred. */
    public static final String WIDTH_PROPERTY = "jumba.simd.width";
    /** System property: "true" keeps float reductions sequential. */
    public static final String STRICT_PROPERTY = "jumba.simd.strict";

    public static final VectorOptions DEFAULT = new VectorOptions(SpeciesWidth.PREFERRED, false, 4);

    public VectorOptions {
        if (maxUnroll < 1 || maxUnroll > 4) throw new IllegalArgumentException("maxUnroll must be 1..4");
    }

    /** The defaults, overridden by the system properties {@link #WIDTH_PROPERTY} and {@link #STRICT_PROPERTY}. */
    public static VectorOptions fromSystemProperties() {
        String width = System.getProperty(WIDTH_PROPERTY);
        return new VectorOptions(width == null ? SpeciesWidth.PREFERRED : SpeciesWidth.parse(width),
                Boolean.getBoolean(STRICT_PROPERTY), 4);
    }

    public VectorOptions withWidth(SpeciesWidth w) { return new VectorOptions(w, strict, maxUnroll); }

    public VectorOptions withStrict(boolean s) { return new VectorOptions(width, s, maxUnroll); }

    public VectorOptions withMaxUnroll(int u) { return new VectorOptions(width, strict, u); }
}

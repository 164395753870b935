package io.jumba.ufunc;

import io.jumba.array.DType;

import java.util.ArrayList;
import java.util.List;

/**
 * The types of one ufunc loop, e.g. {@code LoopType.of(FLOAT64, FLOAT64).to(FLOAT64)}: its input dtypes and its
 * one output dtype, so a loop's types are checked by the compiler and offered by IDE completion.
 * {@link #parse(String)} reads the same from NumPy's type string ({@code "dd->d"}), a convenience.
 *
 * @param inputs the input dtypes, in order
 * @param output the output dtype
 */
public record LoopType(List<DType> inputs, DType output) {
    public LoopType {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new IllegalArgumentException("a ufunc loop takes at least one input");
    }

    /** The first half of a loop type: its inputs, completed by {@link Inputs#to}. */
    public record Inputs(List<DType> dtypes) {
        public Inputs { dtypes = List.copyOf(dtypes); }

        /** The loop type with this output dtype. */
        public LoopType to(DType output) { return new LoopType(dtypes, output); }
    }

    /** The input dtypes of a loop type; {@code .to(output)} completes it. */
    public static Inputs of(DType... inputs) { return new Inputs(List.of(inputs)); }

    /**
     * A loop type from NumPy's type string, one output: character codes {@code ? b B h H i I l L f d} (bool, int8,
     * uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64; also {@code q Q} for int64 and uint64),
     * e.g. {@code "dd->d"}.
     */
    public static LoopType parse(String types) {
        int arrow = types.indexOf("->");
        if (arrow < 1 || types.length() != arrow + 3) {
            throw new IllegalArgumentException("loop types must look like \"dd->d\" (one output): " + types);
        }
        List<DType> in = new ArrayList<>();
        for (char c : types.substring(0, arrow).toCharArray()) in.add(dtype(c));
        return new LoopType(in, dtype(types.charAt(arrow + 2)));
    }

    /** NumPy's type string, e.g. {@code "dd->d"} (as NumPy's {@code ufunc.types} lists loops). */
    public String code() {
        StringBuilder s = new StringBuilder();
        for (DType d : inputs) s.append(code(d));
        return s.append("->").append(code(output)).toString();
    }

    /** The dtype of a NumPy type character. */
    public static DType dtype(char c) {
        return switch (c) {
            case '?' -> DType.BOOL;
            case 'b' -> DType.INT8;
            case 'B' -> DType.UINT8;
            case 'h' -> DType.INT16;
            case 'H' -> DType.UINT16;
            case 'i' -> DType.INT32;
            case 'I' -> DType.UINT32;
            case 'l', 'q' -> DType.INT64;
            case 'L', 'Q' -> DType.UINT64;
            case 'f' -> DType.FLOAT32;
            case 'd' -> DType.FLOAT64;
            default -> throw new IllegalArgumentException("unsupported type character '" + c + "'");
        };
    }

    /** NumPy's type character of a dtype. */
    public static char code(DType d) {
        return switch (d) {
            case BOOL -> '?';
            case INT8 -> 'b';
            case UINT8 -> 'B';
            case INT16 -> 'h';
            case UINT16 -> 'H';
            case INT32 -> 'i';
            case UINT32 -> 'I';
            case INT64 -> 'l';
            case UINT64 -> 'L';
            case FLOAT32 -> 'f';
            case FLOAT64 -> 'd';
            case COMPLEX64 -> 'F';
            case COMPLEX128 -> 'D';
        };
    }

    @Override public String toString() { return code(); }
}

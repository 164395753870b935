package io.jumba.vectorize;

import io.jumba.array.DType;

import java.util.List;

/**
 * Lanewise conversions between numeric lane types that give what the scalar code's casts give
 * ({@code FunctionEmitter.cast}): integers wrap to narrower types and widen with their sign, except that uint8
 * (lanes holding its raw bytes) widens with zeros; int8 and uint8 share their bytes; floats become narrow integers
 * through int64, as {@code (byte) (long) x}.
 */
final class LaneConversions {
    private LaneConversions() {}

    /**
     * The lane types a conversion from one dtype to another passes through, the target last (empty when they are
     * equal). The loop needs a species for each. Unsigned lanes (uint8, uint16, uint32) hold their values' raw bits
     * in the signed lanes of their width, so to a float they go through a wider signed integer, zero-extended: int32
     * for float32 (int64 from uint32, whose values an int32 cannot hold), int64 for float64. A float goes to a
     * narrow integer or to uint32 through int64, as the scalar code converts (an int32 conversion would saturate
     * uint32's upper half).
     */
    static List<DType> path(DType from, DType to) {
        if (from == to) return List.of();
        if (from.isUnsigned() && to.isFloat()) {
            return List.of(to == DType.FLOAT32 && from != DType.UINT32 ? DType.INT32 : DType.INT64, to);
        }
        if (from.isFloat() && to.isInteger() && (to.itemSize() < 4 || to == DType.UINT32)) return List.of(DType.INT64, to);
        return List.of(to);
    }

    /** Java source of vector (lanes of dtype from) converted to lanes of dtype to. */
    static String convert(String vector, DType from, DType to, SimdLoopEmitter em) {
        String code = vector;
        DType at = from;
        for (DType next : path(from, to)) {
            code = step(code, at, next, em);
            at = next;
        }
        return code;
    }

    private static String step(String vector, DType from, DType to, SimdLoopEmitter em) {
        String cls = VectorTypes.vectorClass(to);
        if (cls.equals(VectorTypes.vectorClass(from))) return vector;
        String op = from.isUnsigned() && to.isInteger() && to.itemSize() > from.itemSize()
                ? VectorTypes.OPS + "ZERO_EXTEND_" + VectorTypes.letter(from) + "2" + VectorTypes.letter(to) : VectorTypes.conversion(from, to);
        return "((" + cls + ") " + vector + ".convertShape(" + op + ", " + em.speciesOf(to) + ", 0))";
    }
}

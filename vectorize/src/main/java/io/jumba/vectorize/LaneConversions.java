package io.jumba.vectorize;

import io.jumba.array.DType;

import java.util.List;

/**
 * Lanewise conversions between numeric lane types that give what the scalar code's casts give
 * ({@code FunctionEmitter.cast}): integers wrap to narrower types and widen with their sign, except that unsigned
 * lanes (holding their raw bits) widen with zeros; a signed and an unsigned type of one width share their bits;
 * floats become narrow integers through int64, as {@code (byte) (long) x}; uint64 converts to and from floats as
 * {@code io.jumba.array.Unsigned} does (one rounding; NumPy's x86-64 results out of range).
 */
final class LaneConversions {
    private LaneConversions() {}

    /**
     * The lane types a conversion from one dtype to another passes through, the target last (empty when they are
     * equal). The loop needs a species for each. Unsigned lanes (uint8, uint16, uint32) hold their values' raw bits
     * in the signed lanes of their width, so to a float they go through a wider signed integer, zero-extended: int32
     * for float32 (int64 from uint32, whose values an int32 cannot hold), int64 for float64. A float goes to a
     * narrow integer or to uint32 through int64, as the scalar code converts (an int32 conversion would saturate
     * uint32's upper half); float32 to uint64 through float64. uint64 converts to and from float64 and float32 in
     * long lanes ({@link #unsignedToFloat}, {@link #unsignedFromDouble}).
     */
    static List<DType> path(DType from, DType to) {
        if (from == to) return List.of();
        if (from == DType.UINT64 && to.isFloat()) return List.of(to);
        if (from == DType.FLOAT32 && to == DType.UINT64) return List.of(DType.FLOAT64, to);
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
        if (from == DType.UINT64 && to.isFloat()) return unsignedToFloat(vector, to, em);
        if (from == DType.FLOAT64 && to == DType.UINT64) return unsignedFromDouble(vector, em);
        String cls = VectorTypes.vectorClass(to);
        if (cls.equals(VectorTypes.vectorClass(from))) return vector;
        String op = from.isUnsigned() && to.isInteger() && to.itemSize() > from.itemSize()
                ? VectorTypes.OPS + "ZERO_EXTEND_" + VectorTypes.letter(from) + "2" + VectorTypes.letter(to) : VectorTypes.conversion(from, to);
        return "((" + cls + ") " + vector + ".convertShape(" + op + ", " + em.speciesOf(to) + ", 0))";
    }

    /**
     * uint64 lanes rounded once to float lanes, as {@code Unsigned.toDouble}/{@code toFloat}: a lane below 2^63 is
     * converted as it is; one from 2^63 up is halved, its lost bit kept as a sticky bit so the one rounding stays
     * correct, converted and doubled (exactly).
     */
    private static String unsignedToFloat(String vector, DType to, SimdLoopEmitter em) {
        String bits = em.let(vector, DType.UINT64), cls = VectorTypes.vectorClass(to), sp = em.speciesOf(to);
        String op = VectorTypes.conversion(DType.INT64, to), two = to == DType.FLOAT32 ? "2.0F" : "2.0";
        String halved = "((" + VectorTypes.vectorClass(DType.INT64) + ") " + bits + ".lanewise(" + VectorTypes.OPS
                + "LSHR, 1L).or(" + bits + ".and(1L)))";
        String high = "((" + cls + ") " + halved + ".convertShape(" + op + ", " + sp + ", 0)).mul(" + two + ")";
        return "((" + cls + ") ((" + cls + ") " + bits + ".convertShape(" + op + ", " + sp + ", 0)).blend(" + high + ", "
                + bits + ".compare(" + VectorTypes.OPS + "LT, 0L).cast(" + sp + ")))";
    }

    /**
     * float64 lanes truncated to uint64 lanes, as {@code Unsigned.fromDouble} (NumPy on x86-64): a lane from 2^63 up
     * converts 2^63 less and gets its top bit back; NaN and lanes out of int64's range in that step give the most
     * negative int64 (the CPU's "integer indefinite"), where the Vector API's conversion saturates as Java's cast.
     */
    private static String unsignedFromDouble(String vector, SimdLoopEmitter em) {
        String x = em.let(vector, DType.FLOAT64), ops = VectorTypes.OPS;
        String longs = em.speciesOf(DType.UINT64), cls = VectorTypes.vectorClass(DType.UINT64);
        String high = x + ".compare(" + ops + "GE, 0x1p63)";
        String w = em.let("((" + VectorTypes.vectorClass(DType.FLOAT64) + ") " + x + ".blend(" + x + ".sub(0x1p63), "
                + high + "))", DType.FLOAT64);
        String indefinite = w + ".test(" + ops + "IS_NAN).or(" + w + ".compare(" + ops + "GE, 0x1p63)).or(" + w
                + ".compare(" + ops + "LT, -0x1p63))";
        return "((" + cls + ") ((" + cls + ") " + w + ".convertShape(" + ops + "D2L, " + longs + ", 0)).blend(Long.MIN_VALUE, "
                + indefinite + ".cast(" + longs + ")).lanewise(" + ops + "XOR, Long.MIN_VALUE, " + high + ".cast(" + longs
                + ")))";
    }
}

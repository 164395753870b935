package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.frontend.ast.BinaryOp;

import java.util.List;

/**
 * Numba's result-type rules, checked against Numba 0.56.
 *
 * <p>Scalar arithmetic: two integers compute in uint64 when both are unsigned and in int64 otherwise (bool counts as
 * signed), as Numba's integer typing widens to 64 bits; so uint64 with int64 is int64 (the uint64's bits read
 * signed), where NumPy's arrays give float64. Shifts take the left operand's signedness. With a float operand the
 * result is NumPy's promotion (float32 + int32 is float64, float32 + uint8 stays float32), except that Numba
 * computes float32 with uint16 in float64. Comparisons of two unsigned integers are exact; uint64 with a signed
 * integer compares in float64, as Numba does. Array operations follow NumPy ufunc loop
 * selection as Numba does: the first loop type every input casts to safely, where int to float counts as allowed
 * when the inputs mix ints and floats (so a float32 array times an int64 scalar stays float32, and any array
 * times a Python float is float64).
 */
public final class Promotion {
    private Promotion() {}

    /** Loop types of NumPy ufuncs in NumPy's order, restricted to Jumba's dtypes (no float16). */
    private static final List<DType> LOOPS = List.of(
            DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32, DType.INT64,
            DType.UINT64, DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64, DType.COMPLEX128);

    /** The type a scalar {@code a op b} computes in (and returns, except comparisons). */
    public static DType scalarBinary(BinaryOp op, DType a, DType b) {
        if (a.isComplex() || b.isComplex()) return DType.promote(a, b);
        return switch (op) {
            case TRUEDIV -> a.isFloat() || b.isFloat() ? DType.promote(a, b) : DType.FLOAT64;
            case POW -> a.isFloat() && !b.isFloat() ? a : scalarArith(a, b);
            case BITAND, BITOR, BITXOR -> a.isBool() && b.isBool() ? DType.BOOL : scalarArith(a, b);
            case LSHIFT, RSHIFT -> a.isUnsigned() && !b.isFloat() ? DType.UINT64 : scalarArith(a, b);
            default -> scalarArith(a, b);
        };
    }

    /** + - * // %: ints go to uint64 (both unsigned) or int64, floats promote as NumPy (uint16 with float32: float64). */
    public static DType scalarArith(DType a, DType b) {
        if (a.isComplex() || b.isComplex()) return DType.promote(a, b);
        if (a.isFloat() || b.isFloat()) {
            if (a == DType.UINT16 || b == DType.UINT16) return DType.FLOAT64;
            return DType.promote(a, b);
        }
        return a.isUnsigned() && b.isUnsigned() ? DType.UINT64 : DType.INT64;
    }

    /** The common type two scalars are compared in. */
    public static DType comparison(DType a, DType b) {
        if (a.isBool() && b.isBool()) return DType.BOOL;
        if (a.isUnsigned() && b.isUnsigned()) return DType.promote(a, b);
        boolean inexact = a.isFloat() || b.isFloat() || a.isComplex() || b.isComplex();
        return inexact ? DType.promote(a, b) : DType.promote(DType.promote(a, b), DType.INT64);
    }

    /**
     * The ufunc loop type for these input dtypes: the first loop type at or after {@code lowest} that every input
     * casts to (safely, or int to float when the inputs mix ints and floats).
     */
    public static DType ufuncLoop(List<DType> inputs, DType lowest) {
        boolean hasInt = inputs.stream().anyMatch(d -> !d.isFloat() && !d.isComplex());
        boolean hasFloat = inputs.stream().anyMatch(d -> d.isFloat() || d.isComplex());
        boolean mixed = hasInt && hasFloat;
        for (DType loop : LOOPS.subList(LOOPS.indexOf(lowest), LOOPS.size())) {
            boolean all = true;
            for (DType in : inputs) {
                boolean intToInexact = mixed && !in.isFloat() && !in.isComplex() && (loop.isFloat() || loop.isComplex());
                if (!(canCastSafely(in, loop) || intToInexact)) { all = false; break; }
            }
            if (all) return loop;
        }
        return DType.FLOAT64;
    }

    /** NumPy's {@code can_cast(from, to, 'safe')} on Jumba's dtypes. */
    public static boolean canCastSafely(DType from, DType to) {
        if (from == to || from.isBool()) return true;
        if (to.isBool()) return false;
        if (from.isComplex()) return to.isComplex() && to.itemSize() >= from.itemSize();
        if (to.isComplex()) return canCastSafely(from, to.part());
        if (from.isFloat()) return to.isFloat() && to.itemSize() >= from.itemSize();
        if (to.isFloat()) return to == DType.FLOAT64 || from.itemSize() <= 2;
        if (from.isSigned() && !to.isSigned()) return false;
        if (from.isSigned() == to.isSigned()) return to.itemSize() >= from.itemSize();
        return to.itemSize() > from.itemSize();
    }

    /** The result dtype of sum/prod over d: unsigned ints accumulate in uint64, other ints and bool in int64, floats keep their type. */
    public static DType sumType(DType d) { return d.isFloat() || d.isComplex() ? d : d.isUnsigned() ? DType.UINT64 : DType.INT64; }
}

package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;

/**
 * How an argument of one type converts to a declared parameter type, by Numba's casting rules
 * ({@code numba.core.typeconv.rules}, 0.56; Numba allows every kind, unsafe included, when a function's signatures
 * are given explicitly). Ordered from best to worst, as Numba ranks a call's candidate signatures.
 */
enum Conversion {
    EXACT, PROMOTE, SAFE, UNSAFE;

    /** The conversion from a value of type from to a parameter of type to; null when there is none. */
    static Conversion of(Type from, Type to) {
        return switch (from) {
            case Type.Scalar f when to instanceof Type.Scalar t -> scalar(f.dtype(), t.dtype());
            case Type.Array f when to instanceof Type.Array t -> array(f, t);
            case Type.Tuple f when to instanceof Type.Tuple t -> tuple(f.elements(), t.elements());
            case Type.None f when to instanceof Type.None -> EXACT;
            case Type.None f when to instanceof Type.Optional -> SAFE;
            case Type.Optional f when to instanceof Type.Optional t -> of(f.value(), t.value());
            case Type value when to instanceof Type.Optional t && value.equals(t.value()) -> SAFE;
            default -> null;
        };
    }

    /**
     * Numba's table for Jumba's dtypes: bool converts safely to any number; a signed integer promotes to a wider
     * one, an unsigned one to a wider unsigned one; an unsigned integer converts safely to a wider signed integer; an
     * integer converts safely to a float that holds all its values (and int64 and uint64 to float64, which Numba
     * rates safe so that {@code float64 + int64} types as float64; uint16 to float32 Numba rates unsafe);
     * float32 promotes to float64; every other pair converts unsafely (it may round, truncate or wrap).
     */
    private static Conversion scalar(DType from, DType to) {
        if (from == to) return EXACT;
        if (from.isBool()) return SAFE;
        boolean toSignedInt = to.isInteger() && to.isSigned();
        if (from.isInteger() && from.isSigned() && toSignedInt) return from.itemSize() < to.itemSize() ? PROMOTE : UNSAFE;
        if (from.isUnsigned() && to.isUnsigned()) return from.itemSize() < to.itemSize() ? PROMOTE : UNSAFE;
        if (from.isUnsigned() && toSignedInt) return from.itemSize() < to.itemSize() ? SAFE : UNSAFE;
        if (from == DType.FLOAT32) return to == DType.FLOAT64 ? PROMOTE : UNSAFE;
        if (from.isInteger() && to == DType.FLOAT64) return SAFE;
        if (from.isInteger() && to == DType.FLOAT32) return from.itemSize() <= 2 && from != DType.UINT16 ? SAFE : UNSAFE;
        return UNSAFE;
    }

    /** Arrays never change dtype or rank; any layout converts safely to layout A ({@code float64[:]}). */
    private static Conversion array(Type.Array from, Type.Array to) {
        if (from.dtype() != to.dtype() || from.ndim() != to.ndim()) return null;
        if (from.layout() == to.layout()) return EXACT;
        return to.layout() == Layout.A ? SAFE : null;
    }

    /** Element by element; the tuple's conversion is its worst element's. */
    private static Conversion tuple(List<Type> from, List<Type> to) {
        if (from.size() != to.size()) return null;
        Conversion worst = EXACT;
        for (int i = 0; i < from.size(); i++) {
            Conversion c = of(from.get(i), to.get(i));
            if (c == null) return null;
            if (c.compareTo(worst) > 0) worst = c;
        }
        return worst;
    }
}

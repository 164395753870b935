package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import io.jumba.runtime.Boundary;

import java.math.BigInteger;

/** Reading one array element as Jumba's boxed value of its dtype, and writing a kernel's boxed result back. */
final class ElementBoxes {
    private ElementBoxes() {}

    /** The element at storage position p, boxed per Jumba's conventions (uint8 is a Short, uint64 a Long's bits). */
    static Object read(NDArray a, int p) {
        return switch (a.dtype()) {
            case BOOL -> a.readBoolean(p);
            case FLOAT32 -> (float) a.readDouble(p);
            case FLOAT64 -> a.readDouble(p);
            default -> Boundary.box(a.readLong(p), a.dtype());
        };
    }

    /** Stores value (a Number or Boolean) at position p, cast to a's dtype as Numba casts a return value. */
    static void write(NDArray a, int p, Object value) {
        DType d = a.dtype();
        switch (value) {
            case Boolean b -> a.writeLong(p, b ? 1 : 0);
            case Number n when d.isBool() -> a.writeLong(p, n.doubleValue() != 0 ? 1 : 0);
            case Number n when d.isFloat() -> a.writeDouble(p, n.doubleValue());
            case Number n -> a.writeLong(p, n.longValue()); // a float result truncates toward zero, as Numba's cast
            default -> throw new IllegalStateException("a kernel returned " + value + " for a " + d.numpyName() + " output");
        }
    }

    /**
     * A boxed argument as a 0-d array: Double float64, Float float32, Boolean bool, any integer box int64 (a
     * BigInteger beyond int64's range: uint64, as {@code np.asarray}).
     */
    static NDArray zeroD(Object value) {
        NDArray a = switch (value) {
            case Double x -> NDArray.empty(DType.FLOAT64);
            case Float x -> NDArray.empty(DType.FLOAT32);
            case Boolean b -> NDArray.empty(DType.BOOL);
            case Long l -> NDArray.empty(DType.INT64);
            case Integer i -> NDArray.empty(DType.INT64);
            case Short s -> NDArray.empty(DType.INT64);
            case Byte b -> NDArray.empty(DType.INT64);
            case BigInteger b -> NDArray.empty(Operand.PythonScalar.of(b).arrayDtype());
            default -> throw new UFuncException("TypeError", "unsupported argument " + value
                    + (value == null ? "" : " of class " + value.getClass().getSimpleName()));
        };
        write(a, a.offset(), value);
        return a;
    }
}

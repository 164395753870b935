package io.jumba;

import io.jumba.array.DType;

/** NumPy's {@code np.can_cast(from, to, 'safe')} over Jumba's dtypes: a cast that loses no value. */
final class SafeCasting {
    private SafeCasting() {}

    static boolean canCast(DType from, DType to) {
        if (from == to || from == DType.BOOL) return true;
        return switch (from) {
            case INT8 -> to == DType.INT16 || to == DType.INT32 || to == DType.INT64 || to.isFloat();
            case UINT8 -> to == DType.INT16 || to == DType.INT32 || to == DType.INT64 || to.isFloat();
            case INT16 -> to == DType.INT32 || to == DType.INT64 || to.isFloat();
            case INT32 -> to == DType.INT64 || to == DType.FLOAT64;
            case INT64, FLOAT32 -> to == DType.FLOAT64;
            case BOOL, FLOAT64 -> false;
        };
    }
}

package io.jumba.array;

import java.util.Optional;

/**
 * Java's own arrays as kernel arguments. A primitive array ({@code double[]}, {@code float[]}, {@code long[]},
 * {@code int[]}, {@code short[]}, {@code byte[]}, {@code boolean[]}) is a 1-d array of the matching dtype, shared
 * with the caller: a kernel's writes show in it. A rectangular array of such arrays ({@code double[][]}) is a 2-d
 * C-contiguous array, copied, so a kernel's writes do not reach the caller's rows; a ragged one is refused.
 */
public final class JavaArrays {
    private JavaArrays() {}

    /** The NDArray a Java array argument stands for, or empty when value is not a primitive array or matrix. */
    public static Optional<NDArray> asNDArray(Object value) {
        Optional<DType> flat = dtypeOfStorage(value);
        if (flat.isPresent()) return Optional.of(NDArray.wrap(flat.get(), value));
        if (value instanceof Object[] rows && rows.getClass().getComponentType().isArray()) {
            return dtypeOfStorage(rows.getClass().getComponentType()).map(dtype -> matrix(dtype, rows));
        }
        return Optional.empty();
    }

    private static NDArray matrix(DType dtype, Object[] rows) {
        int columns = rows.length == 0 ? 0 : length(dtype, rows, 0);
        for (int r = 1; r < rows.length; r++) {
            if (length(dtype, rows, r) != columns) {
                throw new IllegalArgumentException("ragged " + rows.getClass().getSimpleName() + " argument: row " + r
                        + " has " + length(dtype, rows, r) + " elements, row 0 has " + columns + "; a 2-d argument must be rectangular");
            }
        }
        Object data = NDArray.allocate(dtype, Math.multiplyExact(rows.length, columns));
        for (int r = 0; r < rows.length; r++) System.arraycopy(rows[r], 0, data, r * columns, columns);
        return NDArray.wrap(dtype, data, rows.length, columns);
    }

    private static int length(DType dtype, Object[] rows, int r) {
        if (rows[r] == null) throw new IllegalArgumentException("row " + r + " of a 2-d array argument is null");
        return NDArray.storageLength(dtype, rows[r]);
    }

    private static Optional<DType> dtypeOfStorage(Object value) {
        return value == null ? Optional.empty() : dtypeOfStorage(value.getClass());
    }

    private static Optional<DType> dtypeOfStorage(Class<?> type) {
        return Optional.ofNullable(type == double[].class ? DType.FLOAT64
                : type == float[].class ? DType.FLOAT32
                : type == long[].class ? DType.INT64
                : type == int[].class ? DType.INT32
                : type == short[].class ? DType.INT16
                : type == byte[].class ? DType.INT8
                : type == boolean[].class ? DType.BOOL
                : null);
    }
}

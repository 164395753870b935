package io.jumba.runtime.parallel;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.runtime.ArrayOps;

/**
 * Array reductions of parallel loops ({@code hist[k] += 1}): every chunk updates a private copy of the array, made by
 * {@link #privateCopy} and filled with the operator's identity; {@link #combine} folds the copies into the shared
 * array element by element with {@link Combine}, the same tree for every thread count. Compiled kernels and the
 * reference interpreter both use it, so their results agree bit for bit.
 */
public final class ArrayReduction {
    private ArrayReduction() {}

    /** A fresh array shaped like {@code like} (Fortran order when {@code fortran}), every element kind's identity. */
    public static NDArray privateCopy(NDArray like, boolean fortran, ReductionKind kind) {
        long[] shape = new long[like.ndim()];
        for (int d = 0; d < shape.length; d++) shape[d] = like.shape(d);
        NDArray copy = ArrayOps.alloc(like.dtype(), shape, fortran, null);
        return switch (kind.identity(like.dtype())) {
            case Double v -> ArrayOps.fill(copy, v);
            case Long v -> ArrayOps.fill(copy, v);
            case Boolean v -> ArrayOps.fill(copy, v);
            default -> throw new IllegalStateException("identity of " + kind);
        };
    }

    /**
     * Folds the chunks' copies (in chunk order; a null copy is a chunk that never ran, the identity) into target,
     * element by element: {@code target[k] = target[k] op combine(copies[*][k])}.
     */
    public static void combine(ReductionKind kind, NDArray target, NDArray[] copies) {
        int[] at = ArrayOps.positions(target);
        int[][] from = new int[copies.length][];
        for (int c = 0; c < copies.length; c++) if (copies[c] != null) from[c] = ArrayOps.positions(copies[c]);
        DType d = target.dtype();
        if (d.isFloat()) {
            double[] column = new double[copies.length];
            double id = (Double) kind.identity(d);
            for (int k = 0; k < at.length; k++) {
                for (int c = 0; c < copies.length; c++) column[c] = from[c] == null ? id : copies[c].readDouble(from[c][k]);
                target.writeDouble(at[k], floats(kind, d, target.readDouble(at[k]), column));
            }
        } else {
            long[] column = new long[copies.length];
            Object identity = kind.identity(d);
            long id = identity instanceof Boolean b ? (b ? 1 : 0) : (Long) identity;
            for (int k = 0; k < at.length; k++) {
                for (int c = 0; c < copies.length; c++) column[c] = from[c] == null ? id : copies[c].readLong(from[c][k]);
                target.writeLong(at[k], integers(kind, d, target.readLong(at[k]), column));
            }
        }
    }

    private static double floats(ReductionKind kind, DType d, double init, double[] column) {
        if (d == DType.FLOAT32 && (kind == ReductionKind.SUM || kind == ReductionKind.PRODUCT)) {
            float[] narrow = new float[column.length];
            for (int c = 0; c < column.length; c++) narrow[c] = (float) column[c];
            return kind == ReductionKind.SUM ? Combine.sum((float) init, narrow) : Combine.product((float) init, narrow);
        }
        return switch (kind) {
            case SUM -> Combine.sum(init, column);
            case PRODUCT -> Combine.product(init, column);
            default -> Combine.minMax(kind, init, column, false);
        };
    }

    private static long integers(ReductionKind kind, DType d, long init, long[] column) {
        return switch (kind) {
            case SUM -> Combine.sum(init, column);
            case PRODUCT -> Combine.product(init, column);
            case BIT_AND -> Combine.bitAnd(init, column);
            case BIT_OR -> Combine.bitOr(init, column);
            case BIT_XOR -> Combine.bitXor(init, column);
            default -> d == DType.UINT64 ? Combine.minMaxUnsigned(kind, init, column) : Combine.minMax(kind, init, column);
        };
    }
}

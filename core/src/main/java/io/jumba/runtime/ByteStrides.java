package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * {@code a.strides} of an array whose type does not fix its geometry (layout A: a strided view): NumPy's strides in
 * bytes, the array's element strides times its item size, as a tuple of int64.
 */
public final class ByteStrides {
    private ByteStrides() {}

    /** a's strides in bytes, one boxed long per axis. */
    public static Object[] of(NDArray a, SourcePos pos) {
        Object[] out = new Object[a.ndim()];
        for (int d = 0; d < out.length; d++) out[d] = a.longStride(d) * a.dtype().itemSize();
        return out;
    }
}

package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * Views of an array under another shape, sharing its data (reshape, expand_dims, squeeze, transposes, and the real
 * and imaginary parts of a complex array), with
 * NumPy's ValueError messages. Called by generated code and the interpreter alike; the compiler has checked
 * everything known before the run (the number of axes, constant axes).
 */
public final class ShapeViews {
    private ShapeViews() {}

    /** {@code a.reshape(shape)} of a C-contiguous array; one dimension may be -1. */
    public static NDArray reshape(NDArray a, long[] requested, SourcePos pos) {
        long[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == -1) {
                if (unknown >= 0) throw Faults.valueError("can only specify one unknown dimension", pos);
                unknown = d;
            } else if (shape[d] < 0) {
                throw Faults.valueError("negative dimensions not allowed", pos);
            } else {
                known = Math.multiplyExact(known, shape[d]);
            }
        }
        int size = a.size();
        if (unknown >= 0 && known != 0 && size % known == 0) shape[unknown] = size / known;
        else if (unknown >= 0 || known != size) {
            throw Faults.valueError("cannot reshape array of size " + size + " into shape " + tuple(requested), pos);
        }
        int[] dims = new int[shape.length];
        for (int d = 0; d < dims.length; d++) dims[d] = (int) shape[d];
        return a.view(a.offset(), dims, NDArray.cStrides(dims));
    }

    /**
     * {@code a.view(dtype)} where dtype is stored in the same Java primitive as a's dtype (the compiler checked it):
     * a's elements, geometry and storage read as {@code DType.values()[dtype[0]]}; stores write through to a.
     */
    public static NDArray reinterpret(NDArray a, long[] dtype, SourcePos pos) {
        return new NDArray(DType.values()[(int) dtype[0]], a.data(), a.longOffset(), a.longShape(), a.longStrides());
    }

    /** A shape as Python prints a tuple: {@code (3,)}, {@code (2, 3)}. */
    private static String tuple(long[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) sb.append(d > 0 ? ", " : "").append(shape[d]);
        return sb.append(')').toString();
    }

    /** A new axis of length 1 at {@code axis[0]} (already in {@code [0, ndim]}). */
    public static NDArray expandDims(NDArray a, long[] axis, SourcePos pos) {
        int at = (int) axis[0], nd = a.ndim();
        int[] shape = new int[nd + 1], strides = new int[nd + 1];
        for (int d = 0, s = 0; d <= nd; d++) {
            if (d == at) {
                shape[d] = 1;
                // The stride a C-contiguous array would have there, so contiguity checks still hold.
                strides[d] = at < nd ? a.stride(at) * a.shape(at) : 1;
                continue;
            }
            shape[d] = a.shape(s);
            strides[d] = a.stride(s++);
        }
        return a.view(a.offset(), shape, strides);
    }

    /** The axis {@code axis[0]} (in {@code [0, ndim)}) removed; ValueError unless its length is 1. */
    public static NDArray squeeze(NDArray a, long[] axis, SourcePos pos) {
        int at = (int) axis[0], nd = a.ndim();
        if (a.shape(at) != 1) {
            throw Faults.valueError("cannot select an axis to squeeze out which has size not equal to one", pos);
        }
        int[] shape = new int[nd - 1], strides = new int[nd - 1];
        for (int d = 0, o = 0; d < nd; d++) {
            if (d == at) continue;
            shape[o] = a.shape(d);
            strides[o++] = a.stride(d);
        }
        return a.view(a.offset(), shape, strides);
    }

    /** The axes in the order {@code axes} gives (a permutation of {@code 0..ndim-1}). */
    public static NDArray permute(NDArray a, long[] axes, SourcePos pos) {
        int[] shape = new int[axes.length], strides = new int[axes.length];
        for (int d = 0; d < axes.length; d++) {
            shape[d] = a.shape((int) axes[d]);
            strides[d] = a.stride((int) axes[d]);
        }
        return a.view(a.offset(), shape, strides);
    }

    /**
     * {@code as_strided(a, shape, strides)}: {@code args} holds the shape, then the strides in bytes. NumPy checks
     * nothing and reads whatever memory the geometry reaches; here a stride must be a whole number of elements and
     * every element of a non-empty view must lie in the array's storage, else ValueError.
     */
    public static NDArray asStrided(NDArray a, long[] args, SourcePos pos) {
        int n = args.length / 2;
        long itemSize = a.dtype().itemSize();
        long[] shape = new long[n], strides = new long[n];
        long low = a.longOffset(), high = a.longOffset();
        boolean empty = false;
        for (int d = 0; d < n; d++) {
            shape[d] = args[d];
            if (shape[d] < 0) throw Faults.valueError("negative dimensions are not allowed", pos);
            if (args[n + d] % itemSize != 0) {
                throw Faults.valueError("as_strided(): stride " + args[n + d] + " is not a multiple of the itemsize "
                        + itemSize + " (unsupported)", pos);
            }
            strides[d] = args[n + d] / itemSize;
            empty |= shape[d] == 0;
        }
        if (!empty) {
            try {
                for (int d = 0; d < n; d++) {
                    long reach = Math.multiplyExact(shape[d] - 1, strides[d]);
                    if (reach < 0) low = Math.addExact(low, reach);
                    else high = Math.addExact(high, reach);
                }
            } catch (ArithmeticException overflow) {
                low = -1;
            }
            if (low < 0 || high >= a.storageElements()) {
                throw Faults.valueError("as_strided(): the view reaches outside the array's memory", pos);
            }
        }
        return a.view(a.longOffset(), shape, strides);
    }

    /** {@code a.real} of a complex array: a float view of its storage that writes through, as NumPy's. */
    public static NDArray realPart(NDArray a, long[] none, SourcePos pos) { return part(a, 0); }

    /** {@code a.imag} of a complex array: a float view of its storage that writes through, as NumPy's. */
    public static NDArray imagPart(NDArray a, long[] none, SourcePos pos) { return part(a, 1); }

    /**
     * The parts of a complex array (heap storage: two floats or doubles per element, real part first) at
     * {@code which} (0 real, 1 imaginary) as a view of the same storage in the parts' dtype: element strides
     * doubled, the offset doubled plus which.
     */
    private static NDArray part(NDArray a, int which) {
        if (!a.dtype().isComplex() || a.isSegment()) {
            throw new IllegalArgumentException("a part view needs a complex array on the heap, got " + a.dtype());
        }
        long[] strides = a.longStrides();
        for (int d = 0; d < strides.length; d++) strides[d] *= 2;
        return new NDArray(a.dtype().part(), a.data(), 2 * a.longOffset() + which, a.longShape(), strides);
    }
}

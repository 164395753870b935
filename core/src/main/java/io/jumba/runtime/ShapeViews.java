package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * Views of an array under another shape, sharing its data (reshape, expand_dims, squeeze, transposes), with
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
}

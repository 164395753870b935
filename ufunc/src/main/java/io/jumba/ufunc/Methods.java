package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.util.List;

/**
 * accumulate, reduceat, outer and at, written over NDArray views; each step is a call of the ufunc's compiled
 * elementwise kernel on views (accumulate and reduceat vectorize over the kept dimensions; at calls the kernel once
 * per index, unbuffered, so repeated indices accumulate).
 */
final class Methods {
    private Methods() {}

    static NDArray accumulate(UFunc f, NDArray a, int axis) {
        f.requireBinary("accumulate");
        int ax = Shapes.axis(axis, a.ndim());
        NDArray out = NDArray.empty(accumulatorType(f, a.dtype()), a.shape());
        int n = a.shape(ax);
        if (n == 0) return out;
        NDArray first = out.index(ax, 0);
        copyInto(a.index(ax, 0), first);
        for (int i = 1; i < n; i++) {
            NDArray target = out.index(ax, i);
            f.on(out.index(ax, i - 1), a.index(ax, i)).out(target).casting(Casting.UNSAFE).run();
        }
        return out;
    }

    static NDArray reduceat(UFunc f, NDArray a, long[] indices, int axis) {
        f.requireBinary("reduceat");
        int ax = Shapes.axis(axis, a.ndim());
        int n = a.shape(ax);
        int[] shape = a.shape();
        shape[ax] = indices.length;
        NDArray out = NDArray.empty(loopOutput(f, a.dtype()), shape);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= n) {
                throw new UFuncException("IndexError", "index " + indices[i] + " out-of-bounds in " + f.name()
                        + ".reduceat [0, " + n + ")");
            }
            int lo = (int) indices[i];
            int hi = i + 1 < indices.length ? (int) indices[i + 1] : n;
            NDArray target = out.index(ax, i);
            if (lo < hi) {
                Object r = f.reducer(a.slice(ax, lo, hi, 1)).axis(ax).run();
                if (r instanceof NDArray arr) copyInto(arr, target);
                else copyInto(filled(target.dtype(), r, new int[0]), target);
            } else {
                copyInto(a.index(ax, lo), target);
            }
        }
        return out;
    }

    static NDArray outer(UFunc f, Object a, Object b) {
        f.requireBinary("outer");
        NDArray left = asArray(f, a);
        int bdim = b instanceof NDArray y ? y.ndim() : 0;
        int[] shape = new int[left.ndim() + bdim], strides = new int[left.ndim() + bdim];
        for (int d = 0; d < left.ndim(); d++) {
            shape[d] = left.shape(d);
            strides[d] = left.stride(d);
        }
        for (int d = left.ndim(); d < shape.length; d++) shape[d] = 1;
        NDArray expanded = left.view(left.offset(), shape, strides);
        return f.on(expanded, asArray(f, b)).run();
    }

    /** An argument as NumPy's methods take it, {@code np.asarray}: a scalar is a 0-d array of its default dtype. */
    private static NDArray asArray(UFunc f, Object x) {
        return x instanceof NDArray a ? a : filled(Operand.of(x, f.name()).dtype(), x, new int[0]);
    }

    static void at(UFunc f, NDArray a, NDArray indices, Object b) {
        if (f.nin() != (b == null ? 1 : 2)) {
            throw new UFuncException("ValueError",
                    b == null ? "second operand needed for ufunc" : "second operand provided when ufunc is unary");
        }
        long[] idx = indices.ravel().toFlatLongArray();
        int size = a.ndim() == 0 ? 0 : a.shape(0);
        for (long i : idx) {
            // NumPy checks every index before applying any, so a bad index leaves a unchanged.
            if (i < -size || i >= size) {
                throw new UFuncException("IndexError", "index " + i + " is out of bounds for axis 0 with size " + size);
            }
        }
        NDArray values = b == null ? null : asArray(f, b);
        for (int j = 0; j < idx.length; j++) {
            NDArray target = a.index(0, idx[j]);
            Application step = values == null ? f.on(target) : f.on(target, operandAt(values, j, idx.length));
            step.out(target).casting(Casting.UNSAFE).run();
        }
    }

    /** The j-th value of b for at(): b when 0-d, or b's j-th sub-array when b has one per index. */
    private static NDArray operandAt(NDArray b, int j, int n) {
        if (b.ndim() > 0 && b.shape(0) == n && n != 1) return b.index(0, j);
        if (b.ndim() > 0 && b.shape(0) == 1) return b.index(0, 0);
        return b;
    }

    /** The loop output type for (d, d), widened to int64 for add/multiply on bool and small ints as NumPy. */
    static DType accumulatorType(UFunc f, DType d) {
        DType out = loopOutput(f, d);
        return f.widensIntReductions() && !out.isFloat() && out != DType.INT64 ? DType.INT64 : out;
    }

    /** The output dtype of the loop a binary ufunc picks for two inputs of dtype d. */
    static DType loopOutput(UFunc f, DType d) {
        NDArray probe = NDArray.empty(d, 0);
        return LoopSelection.select(f, List.of(new Operand.Array(probe), new Operand.Array(probe)), null,
                Casting.SAME_KIND).outputType();
    }

    /** A view with axes in the given order. */
    static NDArray permute(NDArray a, List<Integer> order) {
        int[] shape = new int[order.size()], strides = new int[order.size()];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = a.shape(order.get(k));
            strides[k] = a.stride(order.get(k));
        }
        return a.view(a.offset(), shape, strides);
    }

    /** The sub-array of a at flat (C-order) position flat over its first lead dimensions. */
    static NDArray slice(NDArray a, int lead, int flat) {
        int offset = a.offset();
        for (int d = lead - 1; d >= 0; d--) {
            offset += (flat % a.shape(d)) * a.stride(d);
            flat /= a.shape(d);
        }
        int rest = a.ndim() - lead;
        int[] shape = new int[rest], strides = new int[rest];
        for (int d = 0; d < rest; d++) {
            shape[d] = a.shape(lead + d);
            strides[d] = a.stride(lead + d);
        }
        return a.view(offset, shape, strides);
    }

    /** A new array of dtype filled with a Boolean, Long or Double value. */
    static NDArray filled(DType dtype, Object value, int[] shape) {
        return switch (value) {
            case Boolean b -> NDArray.full(dtype, b, shape);
            case Double d -> NDArray.full(dtype, d, shape);
            case Float x -> NDArray.full(dtype, (double) x, shape);
            case Number n -> NDArray.full(dtype, n.longValue(), shape);
            default -> throw new UFuncException("TypeError", "unsupported value " + value);
        };
    }

    /** Copies from into to (same shape), casting as NumPy's unsafe assignment. */
    static void copyInto(NDArray from, NDArray to) {
        int n = to.size();
        if (n == 0) return;
        int[] shape = to.shape();
        int[] index = new int[shape.length];
        for (int k = 0; k < n; k++) {
            int rem = k;
            for (int d = shape.length - 1; d >= 0; d--) {
                index[d] = rem % shape[d];
                rem /= shape[d];
            }
            if (from.dtype().isFloat()) to.setDouble(from.getDouble(index), index);
            else to.setLong(from.getLong(index), index);
        }
    }
}

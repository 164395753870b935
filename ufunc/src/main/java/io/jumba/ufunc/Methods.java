package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;

import java.math.BigInteger;
import java.util.Arrays;
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
        requireNotScalar(a, "accumulate");
        int ax = Shapes.axis(axis, a.ndim());
        NDArray out = NDArray.empty(accumulatorType(f, a.dtype()), a.shape());
        int n = a.shape(ax);
        if (n == 0) return out;
        NDArray first = out.index(ax, 0);
        Casting.copyUnsafe(a.index(ax, 0), first);
        for (int i = 1; i < n; i++) {
            NDArray target = out.index(ax, i);
            f.on(out.index(ax, i - 1), a.index(ax, i)).out(target).casting(Casting.UNSAFE).run();
        }
        return out;
    }

    static NDArray reduceat(UFunc f, NDArray a, long[] indices, int axis) {
        f.requireBinary("reduceat");
        requireNotScalar(a, "reduceat");
        int ax = Shapes.axis(axis, a.ndim());
        int n = a.shape(ax);
        int[] shape = a.shape();
        shape[ax] = indices.length;
        // Each segment is a reduction, so it has the reduction's type: add of int8 gives int64, as NumPy.
        NDArray out = NDArray.empty(accumulatorType(f, a.dtype()), shape);
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
                if (r instanceof NDArray arr) Casting.copyUnsafe(arr, target);
                else Casting.copyUnsafe(filled(target.dtype(), r, new int[0]), target);
            } else {
                Casting.copyUnsafe(a.index(ax, lo), target);
            }
        }
        return out;
    }

    /** NumPy's TypeError for accumulate and reduceat of a 0-d array, which has no axis to run along. */
    private static void requireNotScalar(NDArray a, String method) {
        if (a.ndim() == 0) throw new UFuncException("TypeError", "cannot " + method + " on a scalar");
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

    /**
     * An argument as NumPy's methods take it, {@code np.asarray}: a scalar is a 0-d array of its default dtype (a
     * Python int from 2^63 up: uint64).
     */
    private static NDArray asArray(UFunc f, Object x) {
        if (x instanceof NDArray a) return a;
        Operand op = Operand.of(x, f.name());
        return filled(op instanceof Operand.PythonScalar s ? s.arrayDtype() : op.dtype(), x, new int[0]);
    }

    /**
     * {@code ufunc.at(a, (i0, i1, ...), b)}: the index arrays select along a's leading axes and broadcast together
     * to shape I, so {@code a[indices]} has shape I + a.shape[k:]; b broadcasts to that shape, and the ufunc runs once
     * per position of I in C order, in place and unbuffered, so a repeated index applies each time. Every index is
     * checked before any is applied, as NumPy, so a bad one leaves a unchanged.
     */
    static void at(UFunc f, NDArray a, List<NDArray> indices, Object b) {
        if (f.nin() != (b == null ? 1 : 2)) {
            throw new UFuncException("ValueError",
                    b == null ? "second operand needed for ufunc" : "second operand provided when ufunc is unary");
        }
        int k = indices.size();
        if (k > a.ndim()) {
            throw new UFuncException("IndexError", "too many indices for array: array is " + a.ndim()
                    + "-dimensional, but " + k + " were indexed");
        }
        int[] selected = indexShape(indices);
        long[][] idx = new long[k][];
        for (int d = 0; d < k; d++) {
            NDArray index = indices.get(d);
            if (index.dtype().isBool()) {
                // NumPy reads a bool array as a mask; Jumba takes indices only.
                throw new UFuncException("IndexError", "at() takes integer index arrays; for a bool mask pass the "
                        + "indices of its true elements");
            }
            if (!index.dtype().isInteger()) {
                throw new UFuncException("IndexError", "arrays used as indices must be of integer (or boolean) type");
            }
            idx[d] = index.broadcastTo(selected).toFlatLongArray();
            int size = a.shape(d);
            for (long i : idx[d]) {
                if (i < -size || i >= size) {
                    throw new UFuncException("IndexError", "index " + i + " is out of bounds for axis " + d
                            + " with size " + size);
                }
            }
        }
        int lead = selected.length;
        int[] full = Arrays.copyOf(selected, lead + a.ndim() - k);
        System.arraycopy(a.shape(), k, full, lead, a.ndim() - k);
        NDArray values = b == null ? null : broadcastValues(asArray(f, b), full);
        int count = Arrays.stream(selected).reduce(1, (x, y) -> x * y);
        for (int j = 0; j < count; j++) {
            NDArray target = a;
            for (int d = 0; d < k; d++) target = target.index(0, idx[d][j]);
            Application step = values == null ? f.on(target) : f.on(target, slice(values, lead, j));
            step.out(target).casting(Casting.UNSAFE).run();
        }
    }

    /** The broadcast shape of index arrays, or NumPy's IndexError when they do not broadcast. */
    private static int[] indexShape(List<NDArray> indices) {
        List<int[]> shapes = indices.stream().map(NDArray::shape).toList();
        try {
            return Shapes.broadcast(shapes);
        } catch (UFuncException e) {
            StringBuilder text = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
            for (int[] s : shapes) text.append(Shapes.string(s)).append(' ');
            throw new UFuncException("IndexError", text.toString());
        }
    }

    /** b broadcast to the shape of a[indices], or NumPy's ValueError for at() when it does not broadcast there. */
    private static NDArray broadcastValues(NDArray b, int[] shape) {
        boolean fits = b.ndim() <= shape.length;
        for (int d = 0; d < b.ndim() && fits; d++) {
            int s = b.shape(d), t = shape[shape.length - b.ndim() + d];
            fits = s == t || s == 1;
        }
        if (!fits) throw new UFuncException("ValueError", "array is not broadcastable to correct shape");
        return b.broadcastTo(shape);
    }

    /**
     * The loop output type for (d, d), widened for add/multiply as NumPy on 64-bit Linux: bool and the signed ints
     * to int64, the unsigned ones to uint64 (NumPy's long and unsigned long).
     */
    static DType accumulatorType(UFunc f, DType d) {
        DType out = loopOutput(f, d);
        if (!f.widensIntReductions() || out.isFloat()) return out;
        return out.isUnsigned() ? DType.UINT64 : DType.INT64;
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

    /** A new array of dtype filled with a Boolean, integer (a BigInteger up to 2^64 - 1 too) or Double value. */
    static NDArray filled(DType dtype, Object value, int[] shape) {
        return switch (value) {
            case Boolean b -> NDArray.full(dtype, b, shape);
            case BigInteger b when dtype.isFloat() ->
                    NDArray.full(dtype, dtype == DType.FLOAT32 ? b.floatValue() : b.doubleValue(), shape);
            case Double d -> NDArray.full(dtype, d, shape);
            case Float x -> NDArray.full(dtype, (double) x, shape);
            case Number n -> NDArray.full(dtype, n.longValue(), shape);
            default -> throw new UFuncException("TypeError", "unsupported value " + value);
        };
    }
}

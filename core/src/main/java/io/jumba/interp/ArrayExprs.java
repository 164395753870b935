package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.ReduceOp;
import io.jumba.runtime.ArrayOps;
import io.jumba.runtime.Faults;
import io.jumba.runtime.Scalars;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The interpreter's whole-array operations: broadcasting, whole-array assignment, reductions and np.dot, with
 * NumPy's rules. Written for obviousness, not speed: elements are visited in C order one by one.
 */
final class ArrayExprs {
    private ArrayExprs() {}

    /** NumPy's broadcast shape of arrays and scalars (scalars are 0-d). */
    static int[] broadcastShape(List<Object> inputs, SourcePos pos) {
        int nd = 0;
        for (Object in : inputs) if (in instanceof NDArray a) nd = Math.max(nd, a.ndim());
        int[] shape = new int[nd];
        Arrays.fill(shape, 1);
        for (Object in : inputs) {
            if (!(in instanceof NDArray a)) continue;
            for (int d = 0; d < a.ndim(); d++) {
                int o = nd - a.ndim() + d;
                int len = a.shape(d);
                if (len == shape[o] || len == 1) continue;
                if (shape[o] != 1) {
                    StringJoiner shapes = new StringJoiner(" ");
                    for (Object x : inputs) if (x instanceof NDArray b) shapes.add(shapeText(b.shape()));
                    throw Faults.valueError("operands could not be broadcast together with shapes " + shapes + " ", pos);
                }
                shape[o] = len;
            }
        }
        return shape;
    }

    /** A read-only view of a with the given (broadcast-compatible) shape: stretched axes get stride 0. */
    static NDArray broadcastTo(NDArray a, int[] shape, SourcePos pos) {
        int nd = shape.length;
        if (a.ndim() > nd) throw cannotBroadcast(a, shape, pos);
        int[] strides = new int[nd];
        for (int d = 0; d < a.ndim(); d++) {
            int o = nd - a.ndim() + d;
            if (a.shape(d) == shape[o]) strides[o] = a.stride(d);
            else if (a.shape(d) == 1) strides[o] = 0;
            else throw cannotBroadcast(a, shape, pos);
        }
        return a.view(a.offset(), shape, strides);
    }

    private static RuntimeException cannotBroadcast(NDArray a, int[] shape, SourcePos pos) {
        return Faults.valueError("could not broadcast input array from shape " + shapeText(a.shape())
                + " into shape " + shapeText(shape), pos);
    }

    /** NumPy's shape spelling in error messages: (3,) or (2,3). */
    static String shapeText(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringJoiner j = new StringJoiner(",", "(", ")");
        for (int s : shape) j.add(Integer.toString(s));
        return j.toString();
    }

    /** {@code target[...] = value}: a scalar fills, an array is broadcast; every value is read before any write. */
    static void assign(NDArray target, Object value, SourcePos pos) {
        int[] dst = ArrayOps.positions(target);
        if (!(value instanceof NDArray src)) {
            for (int p : dst) Values.write(target, p, value);
            return;
        }
        NDArray view = broadcastTo(src, target.shape(), pos);
        int[] from = ArrayOps.positions(view);
        Object[] values = new Object[from.length];
        for (int k = 0; k < from.length; k++) values[k] = Values.read(view, from[k]);
        for (int k = 0; k < dst.length; k++) Values.write(target, dst[k], values[k]);
    }

    // ---- reductions ---------------------------------------------------------------------------------------------

    /**
     * A reduction over all elements (axis null) or along one axis; numpyErrors is the kernel's error model (a mean
     * of nothing is NaN under 'numpy', ZeroDivisionError under 'python').
     */
    static Object reduce(ReduceOp op, Object input, Integer axis, Type type, boolean numpyErrors, SourcePos pos) {
        NDArray a = input instanceof NDArray arr ? arr : scalarArray(input);
        if (axis == null) return reduceAll(op, a, ((Type.Scalar) type).dtype(), numpyErrors, pos);
        Type.Array t = (Type.Array) type;
        int nd = a.ndim();
        int[] outShape = new int[nd - 1];
        int[] outStrides = new int[nd - 1];
        for (int d = 0, o = 0; d < nd; d++) {
            if (d == axis) continue;
            outShape[o] = a.shape(d);
            outStrides[o++] = a.stride(d);
        }
        long[] dims = new long[nd - 1];
        for (int d = 0; d < nd - 1; d++) dims[d] = outShape[d];
        NDArray out = ArrayOps.alloc(t.dtype(), dims, false, pos);
        // The outer positions are the starts of the 1-d lanes along the axis.
        int[] starts = ArrayOps.positions(a.offset(), outShape, outStrides);
        int[] outPos = ArrayOps.positions(out);
        for (int k = 0; k < starts.length; k++) {
            NDArray lane = a.view(starts[k], new int[] {a.shape(axis)}, new int[] {a.stride(axis)});
            Values.write(out, outPos[k], reduceAll(op, lane, t.dtype(), true, pos));
        }
        return out;
    }

    private static NDArray scalarArray(Object v) {
        DType d = v instanceof Boolean ? DType.BOOL : v instanceof Double ? DType.FLOAT64 : DType.INT64;
        NDArray a = NDArray.empty(d);
        Values.write(a, 0, v);
        return a;
    }

    /** Reduces every element of a, in C order, to a value of dtype {@code result}. */
    private static Object reduceAll(ReduceOp op, NDArray a, DType result, boolean numpyErrors, SourcePos pos) {
        int[] ps = ArrayOps.positions(a);
        DType in = a.dtype();
        switch (op) {
            case ANY, ALL -> {
                boolean all = op == ReduceOp.ALL;
                for (int p : ps) if (a.readBoolean(p) != all) return !all;
                return all;
            }
            case SUM, PROD, MEAN -> {
                boolean sum = op != ReduceOp.PROD;
                DType acc = op == ReduceOp.MEAN ? DType.FLOAT64 : result;
                if (acc.isFloat()) {
                    double r = sum ? 0 : 1;
                    for (int p : ps) r = Scalars.roundTo(sum ? r + a.readDouble(p) : r * a.readDouble(p), acc);
                    if (op != ReduceOp.MEAN) return r;
                    if (ps.length == 0 && !numpyErrors) throw Faults.zeroDivision("division by zero", pos);
                    return Scalars.roundTo(r / ps.length, result);
                }
                long r = sum ? 0 : 1;
                for (int p : ps) r = sum ? r + a.readLong(p) : r * a.readLong(p);
                return Scalars.wrap(r, acc);
            }
            case MIN, MAX, ARGMIN, ARGMAX -> {
                boolean isMin = op == ReduceOp.MIN || op == ReduceOp.ARGMIN;
                boolean arg = op == ReduceOp.ARGMIN || op == ReduceOp.ARGMAX;
                if (ps.length == 0) {
                    throw Faults.valueError(arg
                            ? "attempt to get " + op.name().toLowerCase() + " of an empty sequence"
                            : "zero-size array to reduction operation " + (isMin ? "minimum" : "maximum")
                              + " which has no identity", pos);
                }
                int best = 0;
                if (in.isFloat()) {
                    double bv = a.readDouble(ps[0]);
                    for (int k = 1; k < ps.length && !Double.isNaN(bv); k++) {
                        double v = a.readDouble(ps[k]);
                        if (Double.isNaN(v) || (isMin ? v < bv : v > bv)) {
                            bv = v;
                            best = k;
                        }
                    }
                    return arg ? (Object) (long) best : (Object) Scalars.roundTo(bv, result);
                }
                // uint64 bits compare unsigned: flipping the top bit maps that order onto the signed one.
                long flip = in == DType.UINT64 ? Long.MIN_VALUE : 0;
                long bv = a.readLong(ps[0]) ^ flip;
                for (int k = 1; k < ps.length; k++) {
                    long v = a.readLong(ps[k]) ^ flip;
                    if (isMin ? v < bv : v > bv) {
                        bv = v;
                        best = k;
                    }
                }
                if (arg) return (long) best;
                return result.isBool() ? (Object) (bv != 0) : (Object) (bv ^ flip);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    // ---- dot ----------------------------------------------------------------------------------------------------

    /** np.dot for 1-d·1-d, 2-d·1-d and 2-d·2-d; the accumulator has the result dtype and runs in index order. */
    static Object dot(Object left, Object right, Type type, SourcePos pos) {
        NDArray a = (NDArray) left, b = (NDArray) right;
        int n = a.shape(a.ndim() - 1);
        if (n != b.shape(0)) {
            throw Faults.valueError("shapes " + shapeText(a.shape()) + " and " + shapeText(b.shape())
                    + " not aligned: " + n + " (dim " + (a.ndim() - 1) + ") != " + b.shape(0) + " (dim 0)", pos);
        }
        if (a.ndim() == 1 && b.ndim() == 1) return dotLane(a, 0, b, 0, n, ((Type.Scalar) type).dtype());
        DType dt = ((Type.Array) type).dtype();
        int rows = a.ndim() == 2 ? a.shape(0) : 1;
        int cols = b.ndim() == 2 ? b.shape(1) : 1;
        // the result's axes: a's rows (when a is 2-d), then b's columns (when b is 2-d)
        long[] dims = a.ndim() == 1 ? new long[] {cols} : b.ndim() == 1 ? new long[] {rows} : new long[] {rows, cols};
        NDArray out = ArrayOps.alloc(dt, dims, false, pos);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) Values.write(out, i * cols + j, dotLane(a, i, b, j, n, dt));
        }
        return out;
    }

    /** Σ_k a[row, k]·b[k, col] (1-d operands ignore row/col). */
    private static Object dotLane(NDArray a, int row, NDArray b, int col, int n, DType dt) {
        int aBase = a.offset() + (a.ndim() == 2 ? row * a.stride(0) : 0);
        int aStep = a.stride(a.ndim() - 1);
        int bBase = b.offset() + (b.ndim() == 2 ? col * b.stride(1) : 0);
        int bStep = b.stride(0);
        if (dt.isFloat()) {
            double acc = 0;
            for (int k = 0; k < n; k++) {
                acc = Scalars.roundTo(acc + Scalars.roundTo(a.readDouble(aBase + k * aStep) * b.readDouble(bBase + k * bStep), dt), dt);
            }
            return acc;
        }
        long acc = 0;
        for (int k = 0; k < n; k++) acc += a.readLong(aBase + k * aStep) * b.readLong(bBase + k * bStep);
        return Scalars.wrap(acc, dt);
    }
}

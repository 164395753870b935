package io.jumba.interp;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.runtime.ArrayOps;
import io.jumba.runtime.Boundary;
import io.jumba.runtime.PyDict;
import io.jumba.runtime.PyList;
import io.jumba.types.Type;

/** Moves values between the API boundary conventions, array storage, and the interpreter's representation. */
final class Values {
    private Values() {}

    /** A boundary argument as the interpreter's value of type t. */
    static Object fromBoundary(Object v, Type t) {
        return switch (t) {
            case Type.Scalar s when s.dtype().isBool() -> Boundary.argBoolean(v);
            case Type.Scalar s when s.dtype().isFloat() -> Boundary.argDouble(v, s.dtype());
            case Type.Scalar s when s.dtype().isComplex() -> Boundary.argComplex(v, s.dtype());
            case Type.Scalar s -> Boundary.argLong(v, s.dtype());
            case Type.Array a -> checkArray(v, a);
            case Type.Tuple tt -> {
                if (!(v instanceof Object[] items) || items.length != tt.elements().size()) {
                    throw new IllegalArgumentException("expected a tuple of " + tt.elements().size() + " for " + tt);
                }
                Object[] out = new Object[items.length];
                for (int k = 0; k < out.length; k++) out[k] = fromBoundary(items[k], tt.elements().get(k));
                yield out;
            }
            case Type.None n -> null;
            case Type.Optional o -> v == null ? null : fromBoundary(v, o.value());
            case Type.ListOf l when v instanceof PyList -> v; // the runtime list the dispatcher made of a java.util.List
            case Type.DictOf d when v instanceof PyDict -> v;
            case Type.ListOf l -> throw new IllegalArgumentException("expected " + t + ", got " + v);
            case Type.DictOf d -> throw new IllegalArgumentException("expected " + t + ", got " + v);
            case Type.DTypeValue d when v == d.dtype() -> v;
            case Type.DTypeValue d -> throw new IllegalArgumentException("expected " + t + ", got " + v);
        };
    }

    /**
     * An operand of a collection operation as the runtime's lists hold it: a tuple boxed per the boundary's
     * conventions, as compiled code holds tuples (so one list serves both paths, and goes back to the caller as it
     * is); every other value as it is.
     */
    static Object intoCollection(Object v, Type t) { return t instanceof Type.Tuple ? toBoundary(v, t) : v; }

    /** A collection operation's result of type t as the interpreter holds it: the inverse of {@link #intoCollection}. */
    static Object outOfCollection(Object v, Type t) { return t instanceof Type.Tuple ? fromBoundary(v, t) : v; }

    /** The dtypes a collection operation makes or reads (see {@code CollectionFn.apply}): of a list, dict or array type. */
    static DType[] collectionDTypes(Type t) {
        return switch (t) {
            case Type.ListOf l -> new DType[] {l.element() instanceof Type.Scalar s ? s.dtype() : null};
            case Type.Array a -> new DType[] {a.dtype()}; // what np.array(list) makes
            case Type.DictOf d -> new DType[] {d.key().dtype(), d.value().dtype()};
            default -> new DType[0];
        };
    }

    /** Checks an argument against an array type: dtype, ndim, and the layout the type promises. */
    static NDArray checkArray(Object v, Type.Array t) {
        if (!(v instanceof NDArray a) || a.dtype() != t.dtype() || a.ndim() != t.ndim()) {
            throw new IllegalArgumentException("expected an array " + t + ", got " + v);
        }
        boolean ok = switch (t.layout()) {
            case C -> a.isCContiguous();
            case F -> a.isFContiguous();
            case A -> true;
        };
        if (!ok) throw new IllegalArgumentException("array argument is not " + t.layout() + "-contiguous as " + t);
        return a;
    }

    /** An interpreter value of type t boxed per the boundary conventions. */
    static Object toBoundary(Object v, Type t) {
        return switch (t) {
            case Type.Scalar s when s.dtype().isBool() -> v;
            case Type.Scalar s when s.dtype().isFloat() -> Boundary.box((Double) v, s.dtype());
            case Type.Scalar s when s.dtype().isComplex() -> v;
            case Type.Scalar s -> Boundary.box((Long) v, s.dtype());
            case Type.Array a -> v;
            case Type.Tuple tt -> {
                Object[] items = (Object[]) v;
                Object[] out = new Object[items.length];
                for (int k = 0; k < out.length; k++) out[k] = toBoundary(items[k], tt.elements().get(k));
                yield out;
            }
            case Type.None n -> null;
            case Type.Optional o -> v == null ? null : toBoundary(v, o.value());
            case Type.ListOf l -> v;
            case Type.DictOf d -> v;
            case Type.DTypeValue d -> v;
        };
    }

    /** The element at raw position p as an interpreter value. */
    static Object read(NDArray a, int p) {
        DType d = a.dtype();
        if (d.isBool()) return a.readBoolean(p);
        if (d.isFloat()) return a.readDouble(p);
        if (d.isComplex()) return a.readComplex(p);
        return a.readLong(p);
    }

    /** Stores an interpreter value (already of a's dtype) at raw position p. */
    static void write(NDArray a, int p, Object v) {
        switch (v) {
            case Boolean b -> a.writeLong(p, b ? 1 : 0);
            case Double x -> a.writeDouble(p, x);
            case Long x -> a.writeLong(p, x);
            case Complex x -> a.writeComplex(p, x);
            default -> throw new IllegalStateException("not a scalar value: " + v);
        }
    }

    static void fill(NDArray a, Object v) {
        for (int p : ArrayOps.positions(a)) write(a, p, v);
    }
}

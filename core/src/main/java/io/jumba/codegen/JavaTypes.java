package io.jumba.codegen;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.types.Type;

/** The Java types generated code uses for IR types, and the conversions between them. */
public final class JavaTypes {
    private JavaTypes() {}

    /**
     * The Java type of a scalar of dtype d: an unsigned dtype is the next wider type that holds its values, as at the
     * API boundary (uint8 a {@code short} holding 0..255, uint16 an {@code int}, uint32 a {@code long}), and uint64
     * a {@code long} holding its bits.
     */
    static String scalar(DType d) {
        return switch (d) {
            case BOOL -> "boolean";
            case INT8 -> "byte";
            case UINT8, INT16 -> "short";
            case INT32, UINT16 -> "int";
            case INT64, UINT32, UINT64 -> "long";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
            case COMPLEX64, COMPLEX128 -> "Complex";
        };
    }

    /** The Java class of a method returning type t: a function returning None is void. */
    public static Class<?> resultClass(Type t) {
        return t instanceof Type.None ? void.class : javaClass(t);
    }

    /** The Java type of a method returning type t: a function returning None is void. */
    static String result(Type t) {
        return t instanceof Type.None ? "void" : of(t);
    }

    /**
     * The Java class for a value of type t as a method parameter or local: None is an Object that is always null,
     * an optional the box of its value (null for None), a dtype value the {@link DType}, as values cross the API
     * boundary.
     */
    public static Class<?> javaClass(Type t) {
        return switch (t) {
            case Type.Scalar s -> switch (s.dtype()) {
                case BOOL -> boolean.class;
                case INT8 -> byte.class;
                case UINT8, INT16 -> short.class;
                case INT32, UINT16 -> int.class;
                case INT64, UINT32, UINT64 -> long.class;
                case FLOAT32 -> float.class;
                case FLOAT64 -> double.class;
                case COMPLEX64, COMPLEX128 -> Complex.class;
            };
            case Type.Array a -> io.jumba.array.NDArray.class;
            case Type.Tuple tt -> Object[].class;
            case Type.None n -> Object.class;
            case Type.Optional o -> o.value() instanceof Type.Scalar s ? boxClass(s.dtype()) : javaClass(o.value());
            case Type.ListOf l -> io.jumba.runtime.PyList.class;
            case Type.DictOf d -> io.jumba.runtime.PyDict.class;
            case Type.DTypeValue d -> DType.class;
        };
    }

    static String of(Type t) {
        return switch (t) {
            case Type.Scalar s -> scalar(s.dtype());
            case Type.Array a -> "NDArray";
            case Type.Tuple tt -> "Object[]";
            case Type.None n -> "Object";
            case Type.Optional o -> o.value() instanceof Type.Scalar s ? boxClass(s.dtype()).getSimpleName() : of(o.value());
            case Type.ListOf l -> "PyList";
            case Type.DictOf d -> "PyDict";
            case Type.DTypeValue d -> "DType";
        };
    }

    /** The box of dtype d's Java type, as the API boundary passes a scalar of d. */
    private static Class<?> boxClass(DType d) {
        return switch (d) {
            case BOOL -> Boolean.class;
            case INT8 -> Byte.class;
            case UINT8, INT16 -> Short.class;
            case INT32, UINT16 -> Integer.class;
            case INT64, UINT32, UINT64 -> Long.class;
            case FLOAT32 -> Float.class;
            case FLOAT64 -> Double.class;
            case COMPLEX64, COMPLEX128 -> Complex.class;
        };
    }

    /** An element read from d's storage array as d's scalar Java type (unsigned ones zero-extended). */
    static String fromStorage(DType d, String element) {
        return switch (d) {
            case UINT8 -> "((short) (" + element + " & 0xFF))";
            case UINT16 -> "(" + element + " & 0xFFFF)";
            case UINT32 -> "(" + element + " & 0xFFFFFFFFL)";
            default -> element;
        };
    }

    /** A simple value (a local or a literal) of d's scalar Java type as an element of d's storage array. */
    static String toStorage(DType d, String value) {
        return switch (d) {
            case UINT8 -> "(byte) " + value;
            case UINT16 -> "(short) " + value;
            case UINT32 -> "(int) " + value;
            default -> value;
        };
    }

    /** The storage array type of dtype d, e.g. {@code double[]}; uint8 is stored in {@code byte[]}. */
    static String storage(DType d) { return d.javaType() + "[]"; }

    /** The zero value of type t as a Java expression. */
    static String zero(Type t) {
        return switch (t) {
            case Type.Scalar s -> switch (s.dtype()) {
                case BOOL -> "false";
                case INT8 -> "(byte) 0";
                case UINT8, INT16 -> "(short) 0";
                case INT32, UINT16 -> "0";
                case INT64, UINT32, UINT64 -> "0L";
                case FLOAT32 -> "0.0F";
                case FLOAT64 -> "0.0";
                case COMPLEX64, COMPLEX128 -> "Complex.ZERO";
            };
            default -> "null";
        };
    }

    /** An integer-valued Java expression (int or long) wrapped into dtype d and typed as d's Java type. */
    static String narrow(DType d, String expr) {
        return switch (d) {
            case INT64, UINT64 -> "(" + expr + ")";
            case UINT32 -> "((" + expr + ") & 0xFFFFFFFFL)";
            case UINT16 -> "((int) ((" + expr + ") & 0xFFFF))";
            case INT32 -> "((int) (" + expr + "))";
            case INT16 -> "((short) (" + expr + "))";
            case INT8 -> "((byte) (" + expr + "))";
            case UINT8 -> "((short) ((" + expr + ") & 0xFF))";
            case BOOL, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException("not an integer dtype: " + d);
        };
    }

    /** A Java literal for an IR constant of dtype d (value as in {@link io.jumba.ir.Expr.Const}). */
    static String literal(Object value, DType d) {
        if (d.isBool()) return value.toString();
        if (d.isComplex()) {
            Complex z = (Complex) value;
            return "ComplexMath.of(" + literal(z.re(), DType.FLOAT64) + ", " + literal(z.im(), DType.FLOAT64) + ")";
        }
        if (d == DType.FLOAT64) {
            double v = (Double) value;
            if (Double.isNaN(v)) return "Double.NaN";
            if (Double.isInfinite(v)) return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
            return "(" + v + ")";
        }
        if (d == DType.FLOAT32) {
            float v = (float) (double) (Double) value;
            if (Float.isNaN(v)) return "Float.NaN";
            if (Float.isInfinite(v)) return v > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
            return "(" + v + "F)";
        }
        long v = (Long) value;
        if (d == DType.INT64 || d == DType.UINT64 || d == DType.UINT32) {
            return v == Long.MIN_VALUE ? "Long.MIN_VALUE" : "(" + v + "L)";
        }
        if (d == DType.UINT16) return "(" + v + ")";
        if (d == DType.INT32) return v == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : "(" + v + ")";
        return "((" + scalar(d) + ") " + (v < 0 ? "(" + v + ")" : Long.toString(v)) + ")";
    }

    /** Boxes a Java value of type t per the API conventions (for tuple elements). */
    static String box(Type t, String expr) {
        if (!(t instanceof Type.Scalar s)) return expr;
        return switch (s.dtype()) {
            case BOOL -> "Boolean.valueOf(" + expr + ")";
            case INT8 -> "Byte.valueOf(" + expr + ")";
            case UINT8, INT16 -> "Short.valueOf(" + expr + ")";
            case INT32, UINT16 -> "Integer.valueOf(" + expr + ")";
            case INT64, UINT32, UINT64 -> "Long.valueOf(" + expr + ")";
            case FLOAT32 -> "Float.valueOf(" + expr + ")";
            case FLOAT64 -> "Double.valueOf(" + expr + ")";
            case COMPLEX64, COMPLEX128 -> expr;
        };
    }

    /** Unboxes an Object expression holding a value of type t. */
    static String unbox(Type t, String expr) {
        return switch (t) {
            case Type.Scalar s -> switch (s.dtype()) {
                case BOOL -> "((Boolean) " + expr + ").booleanValue()";
                case INT8 -> "((Byte) " + expr + ").byteValue()";
                case UINT8, INT16 -> "((Short) " + expr + ").shortValue()";
                case INT32, UINT16 -> "((Integer) " + expr + ").intValue()";
                case INT64, UINT32, UINT64 -> "((Long) " + expr + ").longValue()";
                case FLOAT32 -> "((Float) " + expr + ").floatValue()";
                case FLOAT64 -> "((Double) " + expr + ").doubleValue()";
                case COMPLEX64, COMPLEX128 -> "((Complex) " + expr + ")";
            };
            case Type.Array a -> "((NDArray) " + expr + ")";
            case Type.Tuple tt -> "((Object[]) " + expr + ")";
            case Type.None n -> "null";
            case Type.Optional o -> "((" + of(o) + ") " + expr + ")";
            case Type.ListOf l -> "((PyList) " + expr + ")";
            case Type.DictOf d -> "((PyDict) " + expr + ")";
            case Type.DTypeValue d -> "((DType) " + expr + ")";
        };
    }
}

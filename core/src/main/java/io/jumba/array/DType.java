package io.jumba.array;

/**
 * The element types Jumba supports, named as NumPy names them.
 * Each maps to one Java primitive used for storage: an unsigned dtype is stored in the signed primitive of its
 * size and read back zero-extended ({@code uint8} as {@code value & 0xFF}); a uint64 scalar is a {@code long} holding
 * its 64 bits, which divisions, comparisons and conversions read unsigned. A complex element takes two slots of its
 * float primitive, real part first ({@link #slots()}), as NumPy interleaves them; a complex scalar is a {@link Complex}.
 */
public enum DType {
    BOOL("bool", "?", 1, "boolean"),
    INT8("int8", "i1", 1, "byte"),
    UINT8("uint8", "u1", 1, "byte"),
    INT16("int16", "i2", 2, "short"),
    UINT16("uint16", "u2", 2, "short"),
    INT32("int32", "i4", 4, "int"),
    UINT32("uint32", "u4", 4, "int"),
    INT64("int64", "i8", 8, "long"),
    UINT64("uint64", "u8", 8, "long"),
    FLOAT32("float32", "f4", 4, "float"),
    FLOAT64("float64", "f8", 8, "double"),
    COMPLEX64("complex64", "c8", 8, "float"),
    COMPLEX128("complex128", "c16", 16, "double");

    private final String numpyName;
    private final String typeCode;
    private final int itemSize;
    private final String javaType;

    DType(String numpyName, String typeCode, int itemSize, String javaType) {
        this.numpyName = numpyName;
        this.typeCode = typeCode;
        this.itemSize = itemSize;
        this.javaType = javaType;
    }

    /** NumPy's name, e.g. {@code "float64"}. */
    public String numpyName() { return numpyName; }

    /** The kind-and-size part of a NumPy type string, e.g. {@code "f8"} (byte order not included). */
    public String typeCode() { return typeCode; }

    /** Bytes per element. */
    public int itemSize() { return itemSize; }

    /** How many storage primitives one element takes: 2 for complex (real, imaginary), else 1. */
    public int slots() { return isComplex() ? 2 : 1; }

    /** The Java primitive type that stores one element (one part of a complex one), e.g. {@code "double"}. */
    public String javaType() { return javaType; }

    public boolean isBool() { return this == BOOL; }
    public boolean isInteger() { return this != BOOL && !isFloat() && !isComplex(); }
    public boolean isSigned() { return !isUnsigned() && this != BOOL; }
    public boolean isUnsigned() { return this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64; }
    public boolean isFloat() { return this == FLOAT32 || this == FLOAT64; }
    public boolean isComplex() { return this == COMPLEX64 || this == COMPLEX128; }

    /** The float dtype of a complex dtype's parts (complex64: float32); the dtype itself otherwise. */
    public DType part() { return this == COMPLEX64 ? FLOAT32 : this == COMPLEX128 ? FLOAT64 : this; }

    /** The complex dtype whose parts are this float dtype (float32: complex64); complex128 for any other. */
    public DType complexOf() { return this == FLOAT32 || this == COMPLEX64 ? COMPLEX64 : COMPLEX128; }

    /** Looks a dtype up by NumPy name ({@code "float64"}, {@code "f8"}, {@code "double"}, {@code "int"}, ...); null if unknown. */
    public static DType byName(String name) {
        for (DType d : values()) {
            if (d.numpyName.equals(name) || d.typeCode.equals(name)) return d;
        }
        return switch (name) {
            case "bool_", "boolean", "b1" -> BOOL;
            case "double", "float", "float_" -> FLOAT64;
            case "single" -> FLOAT32;
            case "complex", "complex_", "cdouble", "cfloat" -> COMPLEX128;
            case "csingle" -> COMPLEX64;
            case "int", "int_", "intp", "long", "longlong" -> INT64;
            case "byte" -> INT8;
            case "ubyte" -> UINT8;
            case "short" -> INT16;
            case "ushort" -> UINT16;
            case "intc" -> INT32;
            case "uintc" -> UINT32;
            case "uint", "uintp", "ulonglong" -> UINT64;
            default -> null;
        };
    }

    /**
     * NumPy's result type for two array dtypes ({@code np.promote_types}), restricted to the supported set:
     * e.g. int32+float32 gives float64, float64+complex64 gives complex128, uint8+int8 gives int16, int64+uint8 gives int64, int64+uint64 gives float64.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) return a;
        if (a == BOOL) return b;
        if (b == BOOL) return a;
        if (a.isComplex() || b.isComplex()) return promoteComplex(a, b);
        if (a.isFloat() || b.isFloat()) {
            DType f = a.isFloat() && b.isFloat() ? (a.itemSize >= b.itemSize ? a : b) : (a.isFloat() ? a : b);
            DType i = a.isFloat() && b.isFloat() ? null : (a.isFloat() ? b : a);
            if (i == null) return f;
            // float32 holds int8/uint8/int16/uint16 exactly; wider ints need float64.
            return f == FLOAT32 && i.itemSize <= 2 ? FLOAT32 : FLOAT64;
        }
        if (a.isSigned() == b.isSigned()) return a.itemSize >= b.itemSize ? a : b;
        DType u = a.isSigned() ? b : a, s = a.isSigned() ? a : b;
        if (s.itemSize > u.itemSize) return s;
        return switch (u.itemSize) { case 1 -> INT16; case 2 -> INT32; case 4 -> INT64; default -> FLOAT64; };
    }

    /** A complex dtype with anything: complex64 only when the other side fits float32 (float32, int8/16, uint8/16). */
    private static DType promoteComplex(DType a, DType b) {
        DType real = promote(a.part(), b.part());
        return real == FLOAT32 ? COMPLEX64 : COMPLEX128;
    }
}

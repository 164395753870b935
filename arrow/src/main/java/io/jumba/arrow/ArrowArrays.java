package io.jumba.arrow;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;

import java.lang.foreign.MemorySegment;

/**
 * Jumba arrays over Apache Arrow vectors, without copying: {@link #view} gives a 1-d {@link NDArray} whose storage is
 * the vector's data buffer, so kernels read the column where Arrow keeps it and their writes land in the vector.
 *
 * <p>Views cover the fixed-width numeric vectors: {@link Float8Vector} (float64), {@link Float4Vector} (float32),
 * {@link BigIntVector} (int64), {@link IntVector} (int32), {@link SmallIntVector} (int16), {@link TinyIntVector}
 * (int8), {@link UInt1Vector} (uint8), {@link UInt2Vector} (uint16), {@link UInt4Vector} (uint32) and
 * {@link UInt8Vector} (uint64). A {@link BitVector} packs eight values per byte, which no array layout
 * matches: {@link #view} refuses it and {@link #copyOf(BitVector)} copies it to a bool array.
 *
 * <p>Nulls: a null slot's data is undefined in Arrow, so {@link #view} refuses a vector with nulls. Code that handles
 * them itself takes {@link #viewIgnoringNulls} (the data, null slots included) with {@link #validity} (a bool mask,
 * true where a value is present).
 *
 * <p>A view is valid while the vector's buffers are: closing, clearing or reallocating the vector frees or moves the
 * memory, and the view must not be used after that.
 */
public final class ArrowArrays {
    private ArrowArrays() {}

    /**
     * The vector's values as a 1-d array sharing its data buffer.
     *
     * @throws IllegalArgumentException when the vector has nulls, is a BitVector, or is of a type Jumba does not view
     */
    public static NDArray view(FieldVector vector) {
        DType dtype = dtypeOf(vector);
        int nulls = vector.getNullCount();
        if (nulls > 0) {
            throw new IllegalArgumentException("Arrow vector '" + vector.getName() + "' has " + nulls + " null(s) in "
                    + vector.getValueCount() + " values: view refuses nulls (viewIgnoringNulls with validity gives the"
                    + " data and a mask)");
        }
        return over(vector, dtype);
    }

    /** The vector's values as a 1-d array sharing its data buffer; null slots hold whatever their bytes hold. */
    public static NDArray viewIgnoringNulls(FieldVector vector) { return over(vector, dtypeOf(vector)); }

    /** A new bool array: true where the vector has a value, false where it has a null. */
    public static NDArray validity(FieldVector vector) {
        boolean[] present = new boolean[vector.getValueCount()];
        for (int i = 0; i < present.length; i++) present[i] = !vector.isNull(i);
        return NDArray.wrap(present);
    }

    /**
     * A new bool array with the BitVector's values (a copy: Arrow packs bits, Jumba's bool arrays hold a Java
     * boolean per element).
     *
     * @throws IllegalArgumentException when the vector has nulls
     */
    public static NDArray copyOf(BitVector vector) {
        if (vector.getNullCount() > 0) {
            throw new IllegalArgumentException("Arrow vector '" + vector.getName() + "' has " + vector.getNullCount()
                    + " null(s): copyOf refuses nulls (validity gives the mask)");
        }
        boolean[] values = new boolean[vector.getValueCount()];
        for (int i = 0; i < values.length; i++) values[i] = vector.get(i) != 0;
        return NDArray.wrap(values);
    }

    /**
     * A new vector of length values of dtype, every slot valid and zero, allocated from allocator: the output column
     * a kernel fills through {@link #view}. The caller closes it.
     *
     * @throws IllegalArgumentException for bool (use a BitVector and {@link #copyOf(BitVector)}) or an unknown dtype
     */
    public static FieldVector allocate(String name, DType dtype, int length, BufferAllocator allocator) {
        BaseFixedWidthVector v = switch (dtype) {
            case FLOAT64 -> new Float8Vector(name, allocator);
            case FLOAT32 -> new Float4Vector(name, allocator);
            case INT64 -> new BigIntVector(name, allocator);
            case INT32 -> new IntVector(name, allocator);
            case INT16 -> new SmallIntVector(name, allocator);
            case INT8 -> new TinyIntVector(name, allocator);
            case UINT8 -> new UInt1Vector(name, allocator);
            case UINT16 -> new UInt2Vector(name, allocator);
            case UINT32 -> new UInt4Vector(name, allocator);
            case UINT64 -> new UInt8Vector(name, allocator);
            default -> throw new IllegalArgumentException("no Arrow vector Jumba views holds " + dtype.numpyName());
        };
        fill(v, length);
        return v;
    }

    /**
     * Makes vector length zeros, every slot valid (its earlier buffers released), and returns the view a kernel
     * writes them through: an output column reused from batch to batch.
     *
     * @throws IllegalArgumentException for a BitVector or a vector of a type Jumba does not view
     */
    public static NDArray fresh(FieldVector vector, int length) {
        DType dtype = dtypeOf(vector); // refuses a BitVector, as view does; the others are fixed-width
        fill((BaseFixedWidthVector) vector, length);
        return over(vector, dtype);
    }

    private static void fill(BaseFixedWidthVector v, int length) {
        v.allocateNew(length);
        v.getDataBuffer().setZero(0, v.getDataBuffer().capacity());
        v.getValidityBuffer().setOne(0L, v.getValidityBuffer().capacity());
        v.setValueCount(length);
    }

    /** A new vector holding a copy of a 1-d array's elements, every slot valid. The caller closes it. */
    public static FieldVector copyOf(String name, NDArray array, BufferAllocator allocator) {
        if (array.ndim() != 1) throw new IllegalArgumentException("an Arrow vector holds a 1-d array, not " + array.ndim() + "-d");
        FieldVector v = allocate(name, array.dtype(), array.shape(0), allocator);
        NDArray target = view(v);
        for (int i = 0; i < array.shape(0); i++) {
            if (array.dtype().isFloat()) target.setDouble(array.getDouble(i), i);
            else target.setLong(array.getLong(i), i);
        }
        return v;
    }

    private static NDArray over(FieldVector vector, DType dtype) {
        int n = vector.getValueCount();
        long bytes = (long) n * dtype.itemSize();
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Arrow vector '" + vector.getName() + "' holds " + bytes
                    + " bytes: views cover data buffers under 2 GiB");
        }
        ArrowBuf data = vector.getDataBuffer();
        // A direct ByteBuffer over the buffer's memory: a segment without the restricted MemorySegment.reinterpret.
        MemorySegment segment = n == 0 ? MemorySegment.NULL : MemorySegment.ofBuffer(data.nioBuffer(0, (int) bytes));
        return NDArray.ofSegment(dtype, segment, n);
    }

    private static DType dtypeOf(FieldVector vector) {
        return switch (vector) {
            case Float8Vector v -> DType.FLOAT64;
            case Float4Vector v -> DType.FLOAT32;
            case BigIntVector v -> DType.INT64;
            case IntVector v -> DType.INT32;
            case SmallIntVector v -> DType.INT16;
            case TinyIntVector v -> DType.INT8;
            case UInt1Vector v -> DType.UINT8;
            case UInt2Vector v -> DType.UINT16;
            case UInt4Vector v -> DType.UINT32;
            case UInt8Vector v -> DType.UINT64;
            case BitVector v -> throw new IllegalArgumentException("Arrow vector '" + v.getName() + "' is a BitVector,"
                    + " which packs 8 values a byte that no array views: ArrowArrays.copyOf copies it to a bool array");
            default -> throw new IllegalArgumentException("Arrow vector '" + vector.getName() + "' is a "
                    + vector.getClass().getSimpleName() + ": Jumba views Float8, Float4, BigInt, Int, SmallInt, TinyInt"
                    + " and UInt1/2/4/8 vectors");
        };
    }
}

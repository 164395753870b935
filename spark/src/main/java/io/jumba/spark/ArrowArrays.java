package io.jumba.spark;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;

/**
 * Copies between Arrow vectors and the Java arrays kernels take ({@code double[]}, {@code long[]}, ...): a
 * {@code Float8Vector} to and from a {@code double[]}, a {@code BigIntVector} a {@code long[]}, and so on, a
 * {@code BitVector} a {@code boolean[]}. Nulls are refused: a kernel array has no place for them.
 *
 * <p>Copies, because Jumba's arrays are on the heap; a zero-copy view of the vector's buffer (an array over a
 * {@code MemorySegment}) would take their place.
 */
final class ArrowArrays {
    private ArrowArrays() {}

    /**
     * Copies the first n values of vector, the batch of column name, into array.
     *
     * @throws IllegalArgumentException when one of them is null
     */
    static void read(FieldVector vector, String name, Object array, int n) {
        if (vector.getNullCount() > 0) {
            throw new IllegalArgumentException("column " + name + " has " + vector.getNullCount()
                    + " null(s) in a batch; kernels take no nulls: drop or fill them first (df.na().drop() or df.na().fill(...))");
        }
        ArrowBuf data = vector.getDataBuffer();
        switch (vector) {
            case Float8Vector v -> { double[] a = (double[]) array; for (int i = 0; i < n; i++) a[i] = data.getDouble((long) i * Double.BYTES); }
            case Float4Vector v -> { float[] a = (float[]) array; for (int i = 0; i < n; i++) a[i] = data.getFloat((long) i * Float.BYTES); }
            case BigIntVector v -> { long[] a = (long[]) array; for (int i = 0; i < n; i++) a[i] = data.getLong((long) i * Long.BYTES); }
            case IntVector v -> { int[] a = (int[]) array; for (int i = 0; i < n; i++) a[i] = data.getInt((long) i * Integer.BYTES); }
            case SmallIntVector v -> { short[] a = (short[]) array; for (int i = 0; i < n; i++) a[i] = data.getShort((long) i * Short.BYTES); }
            case TinyIntVector v -> { byte[] a = (byte[]) array; for (int i = 0; i < n; i++) a[i] = data.getByte(i); }
            case BitVector v -> { boolean[] a = (boolean[]) array; for (int i = 0; i < n; i++) a[i] = v.get(i) != 0; }
            default -> throw new IllegalArgumentException("column " + name + " is an Arrow " + vector.getClass().getSimpleName()
                    + ", which no kernel array holds");
        }
    }

    /** Fills vector (of the type that holds array's elements) with the n elements of array from offset on, none null. */
    static void write(Object array, int offset, int n, FieldVector vector) {
        vector.setInitialCapacity(n);
        vector.allocateNew();
        switch (vector) {
            case Float8Vector v -> { double[] a = (double[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case Float4Vector v -> { float[] a = (float[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case BigIntVector v -> { long[] a = (long[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case IntVector v -> { int[] a = (int[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case SmallIntVector v -> { short[] a = (short[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case TinyIntVector v -> { byte[] a = (byte[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i]); }
            case BitVector v -> { boolean[] a = (boolean[]) array; for (int i = 0; i < n; i++) v.set(i, a[offset + i] ? 1 : 0); }
            default -> throw new IllegalStateException("no kernel array fills an Arrow " + vector.getClass().getSimpleName());
        }
        vector.setValueCount(n);
    }
}

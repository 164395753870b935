package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;

/**
 * Spark's Arrow vectors as the arrays kernels take. A batch's numeric columns reach the kernel as views of their
 * vectors' data buffers ({@link io.jumba.arrow.ArrowArrays#view}: no copy), and its output columns are fresh vectors
 * the kernel writes through views of their own. A {@code BitVector} packs eight values per byte, which no array
 * layout matches, so bool columns and a returned array are copied. Nulls are refused: a kernel array has no place
 * for them.
 */
final class ArrowArrays {
    private ArrowArrays() {}

    /**
     * The first n values of vector, the batch of column name: a view of its data buffer, or a copy of a BitVector.
     *
     * @throws IllegalArgumentException when one of them is null
     */
    static NDArray input(FieldVector vector, String name, int n) {
        if (vector.getNullCount() > 0) {
            throw new IllegalArgumentException("column " + name + " has " + vector.getNullCount()
                    + " null(s) in a batch; kernels take no nulls: drop or fill them first (df.na().drop() or df.na().fill(...))");
        }
        if (vector.getValueCount() != n) throw new IllegalStateException("a batch of " + n + " rows in a vector of " + vector.getValueCount());
        return vector instanceof BitVector bits ? io.jumba.arrow.ArrowArrays.copyOf(bits) : io.jumba.arrow.ArrowArrays.view(vector);
    }

    /**
     * Makes vector n zeros, every slot valid, and returns the array the kernel writes them through: a view, or null for
     * a BitVector, which the caller fills from an array of its own with {@link #write}.
     */
    static NDArray output(FieldVector vector, int n) {
        return vector instanceof BitVector ? null : io.jumba.arrow.ArrowArrays.fresh(vector, n);
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

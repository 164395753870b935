package io.jumba.spark;

import org.apache.spark.sql.vectorized.ColumnVector;

/**
 * The first n values of one of Spark's column vectors (a batch of a columnar scan: a cached DataFrame, Parquet, ORC)
 * as the Java array a kernel takes, copied in bulk. Nulls are refused, as in {@link ArrowArrays}.
 */
final class ColumnVectors {
    private ColumnVectors() {}

    /**
     * The first n values of vector, the batch of column name, of type type.
     *
     * @throws IllegalArgumentException when one of them is null
     */
    static Object read(ColumnVector vector, String name, ColumnType type, int n) {
        if (vector.hasNull()) {
            throw new IllegalArgumentException("column " + name + " has " + vector.numNulls()
                    + " null(s) in a batch; kernels take no nulls: drop or fill them first (df.na().drop() or df.na().fill(...))");
        }
        return switch (type) {
            case FLOAT64 -> vector.getDoubles(0, n);
            case FLOAT32 -> vector.getFloats(0, n);
            case INT64 -> vector.getLongs(0, n);
            case INT32 -> vector.getInts(0, n);
            case INT16 -> vector.getShorts(0, n);
            case INT8 -> vector.getBytes(0, n);
            case BOOL -> vector.getBooleans(0, n);
        };
    }
}

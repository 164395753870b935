package io.jumba.spark;

import io.jumba.array.DType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Spark column types a kernel reads and writes, each with the Jumba element type of the arrays it becomes:
 * {@code double} is float64, {@code float} float32, {@code bigint} int64, {@code int} int32, {@code smallint} int16,
 * {@code tinyint} int8 and {@code boolean} bool.
 */
public enum ColumnType {
    FLOAT64(DataTypes.DoubleType, DType.FLOAT64),
    FLOAT32(DataTypes.FloatType, DType.FLOAT32),
    INT64(DataTypes.LongType, DType.INT64),
    INT32(DataTypes.IntegerType, DType.INT32),
    INT16(DataTypes.ShortType, DType.INT16),
    INT8(DataTypes.ByteType, DType.INT8),
    BOOL(DataTypes.BooleanType, DType.BOOL);

    private final DataType sparkType;
    private final DType dtype;

    ColumnType(DataType sparkType, DType dtype) {
        this.sparkType = sparkType;
        this.dtype = dtype;
    }

    /** The Spark SQL type of such a column. */
    public DataType sparkType() { return sparkType; }

    /** The element type of the array a batch of such a column becomes. */
    public DType dtype() { return dtype; }

    /** A new Java array of n elements of this type ({@code double[]}, {@code long[]}, ...). */
    Object newArray(int n) {
        return switch (this) {
            case FLOAT64 -> new double[n];
            case FLOAT32 -> new float[n];
            case INT64 -> new long[n];
            case INT32 -> new int[n];
            case INT16 -> new short[n];
            case INT8 -> new byte[n];
            case BOOL -> new boolean[n];
        };
    }

    /**
     * The type of Spark column name.
     *
     * @throws IllegalArgumentException for a type no kernel array can hold (strings, decimals, ...)
     */
    static ColumnType ofColumn(String name, DataType type) {
        for (ColumnType t : values()) if (t.sparkType.equals(type)) return t;
        throw new IllegalArgumentException("column " + name + " has type " + type.simpleString()
                + "; kernels take columns of type " + supported());
    }

    /**
     * The column type that holds elements of dtype.
     *
     * @throws IllegalArgumentException for a dtype with no Spark column type (uint8)
     */
    static ColumnType ofDtype(DType dtype) {
        for (ColumnType t : values()) if (t.dtype == dtype) return t;
        throw new IllegalArgumentException("no Spark column type holds " + dtype.numpyName() + " elements; kernels give "
                + Arrays.stream(values()).map(t -> t.dtype.numpyName()).collect(Collectors.joining(", ")));
    }

    private static String supported() {
        return Arrays.stream(values()).map(t -> t.sparkType.simpleString()).collect(Collectors.joining(", "));
    }
}

package io.jumba.spark;

import org.apache.spark.sql.types.DataType;

import java.io.Serializable;
import java.util.Objects;

/**
 * One argument of a kernel run over a DataFrame, in the kernel's parameter order: a column (the kernel gets the
 * batch's values as a 1-d array), a constant (the same scalar for every batch) or an output (a new column: the kernel
 * gets a fresh array of the batch's length to fill).
 */
public sealed interface KernelArg extends Serializable {
    /** The column called name, as a 1-d array of its batch's values (float64 for {@code double}, ...; see {@link ColumnType}). */
    static KernelArg column(String name) { return new Column(name); }

    /** A float64 constant. */
    static KernelArg scalar(double value) { return new Scalar(value); }

    /** An int64 constant. */
    static KernelArg scalar(long value) { return new Scalar(value); }

    /** A bool constant. */
    static KernelArg scalar(boolean value) { return new Scalar(value); }

    /** A new {@code double} column called name, which the kernel fills through a float64 array argument. */
    static KernelArg output(String name) { return new Output(name, ColumnType.FLOAT64); }

    /** A new column called name of this type, which the kernel fills through an array argument. */
    static KernelArg output(String name, ColumnType type) { return new Output(name, type); }

    /** A new column called name of this Spark type (see {@link ColumnType}), which the kernel fills. */
    static KernelArg output(String name, DataType type) { return new Output(name, ColumnType.ofColumn(name, type)); }

    /** An input column, by name. */
    record Column(String name) implements KernelArg {
        public Column { Objects.requireNonNull(name, "name"); }
    }

    /** A constant: a Double, Long or Boolean. */
    record Scalar(Object value) implements KernelArg {
        public Scalar {
            if (!(value instanceof Double || value instanceof Long || value instanceof Boolean)) {
                throw new IllegalArgumentException("a kernel constant is a Double, Long or Boolean, not " + value);
            }
        }
    }

    /** A new column the kernel fills. */
    record Output(String name, ColumnType type) implements KernelArg {
        public Output {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}

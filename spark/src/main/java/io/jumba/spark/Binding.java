package io.jumba.spark;

import java.io.Serializable;

/** A kernel argument resolved against a DataFrame's schema on the driver: how each batch makes the argument. */
sealed interface Binding extends Serializable {
    /** The batch's values of input column ordinal, called name. */
    record Input(int ordinal, String name, ColumnType type) implements Binding {}

    /** The same value for every batch. */
    record Constant(Object value) implements Binding {}

    /** A fresh array for the new column number index (0 is the first column after the input's). */
    record Output(int index, ColumnType type) implements Binding {}
}

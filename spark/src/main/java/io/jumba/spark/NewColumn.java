package io.jumba.spark;

import java.io.Serializable;

/** A column a kernel adds to each row: one of its output arguments, or its result. */
record NewColumn(String name, ColumnType type) implements Serializable {}

package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a kernel over a DataFrame, resolved on the driver against its schema: where each argument of each
 * batch comes from, and the columns the kernel adds (its outputs, then its result if it returns an array).
 */
record BatchPlan(StructType input, List<Binding> bindings, List<NewColumn> added) implements Serializable {
    BatchPlan {
        bindings = List.copyOf(bindings);
        added = List.copyOf(added);
    }

    /**
     * Resolves args against the columns of input.
     *
     * @throws IllegalArgumentException for a column input lacks or whose type no kernel array holds, or an output
     *                                  named as an existing column
     */
    static BatchPlan resolve(StructType input, KernelArg... args) {
        List<String> names = Arrays.asList(input.fieldNames());
        List<Binding> bindings = new ArrayList<>();
        List<NewColumn> added = new ArrayList<>();
        for (KernelArg arg : args) {
            switch (arg) {
                case KernelArg.Column(String name) -> {
                    int ordinal = names.indexOf(name);
                    if (ordinal < 0) throw new IllegalArgumentException("no column " + name + " in the DataFrame (columns: " + String.join(", ", names) + ")");
                    bindings.add(new Binding.Input(ordinal, name, ColumnType.ofColumn(name, input.fields()[ordinal].dataType())));
                }
                case KernelArg.Scalar(Object value) -> bindings.add(new Binding.Constant(value));
                case KernelArg.Output(String name, ColumnType type) -> {
                    checkNew(names, added, name);
                    bindings.add(new Binding.Output(added.size(), type));
                    added.add(new NewColumn(name, type));
                }
            }
        }
        return new BatchPlan(input, bindings, added);
    }

    /** This plan with one more new column, name, for the kernel's result. */
    BatchPlan returning(String name, ColumnType type) {
        checkNew(Arrays.asList(input.fieldNames()), added, name);
        List<NewColumn> more = new ArrayList<>(added);
        more.add(new NewColumn(name, type));
        return new BatchPlan(input, bindings, more);
    }

    /** Whether the kernel's result is a column (the last new column, not filled through an argument). */
    boolean returnsColumn() {
        return added.size() > bindings.stream().filter(b -> b instanceof Binding.Output).count();
    }

    /** Arguments of the batch's types with no rows, to type the kernel on the driver. */
    Object[] samples() {
        return bindings.stream().map(b -> switch (b) {
            case Binding.Input in -> NDArray.wrap(in.type().dtype(), in.type().newArray(0));
            case Binding.Constant c -> c.value();
            case Binding.Output out -> NDArray.wrap(out.type().dtype(), out.type().newArray(0));
        }).toArray();
    }

    /** The schema of the new columns (never null). */
    StructType addedSchema() {
        return DataTypes.createStructType(added.stream()
                .map(c -> DataTypes.createStructField(c.name(), c.type().sparkType(), false)).toList());
    }

    /** The schema of the rows out: the input's columns, then the new ones. */
    StructType output() {
        List<StructField> fields = new ArrayList<>(Arrays.asList(input.fields()));
        fields.addAll(Arrays.asList(addedSchema().fields()));
        return DataTypes.createStructType(fields);
    }

    private static void checkNew(List<String> names, List<NewColumn> added, String name) {
        if (names.contains(name) || added.stream().anyMatch(c -> c.name().equals(name))) {
            throw new IllegalArgumentException("the kernel's new column " + name + " is already a column; name it otherwise or drop the other first");
        }
    }
}

package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Objects;

/**
 * A Jumba {@code @vectorize} function (a ufunc) applied over DataFrame columns, one Arrow batch at a time, into a
 * new column: each batch's columns are 1-d arrays, constants are scalars, and the types promote as NumPy's do.
 *
 * <pre>{@code
 * SparkUfunc relDiff = SparkUfunc.of(KernelSource.read(Path.of("ufuncs.py")), "rel_diff");
 * Dataset<Row> out = relDiff.apply(df, "diff", column("x"), column("y"));
 * }</pre>
 *
 * Immutable; {@link #batchSize} returns a new SparkUfunc.
 */
public final class SparkUfunc {
    private final KernelSource source;
    private final String name;
    private final int batchSize;

    private SparkUfunc(KernelSource source, String name, int batchSize) {
        this.source = Objects.requireNonNull(source, "source");
        this.name = Objects.requireNonNull(name, "name");
        this.batchSize = batchSize;
    }

    /** The {@code @vectorize} function name of source. */
    public static SparkUfunc of(KernelSource source, String name) {
        return new SparkUfunc(source, name, 0);
    }

    /** This ufunc run on batches of at most rows rows (default as {@link SparkKernel#batchSize}). */
    public SparkUfunc batchSize(int rows) {
        if (rows < 1) throw new IllegalArgumentException("batch size must be positive, got " + rows);
        return new SparkUfunc(source, name, rows);
    }

    /**
     * df's rows with the ufunc of inputs (columns and constants, no outputs) added as the column called result. Lazy.
     *
     * @throws IllegalArgumentException for a missing column, a column type no array holds, an output among inputs,
     *                                  no column among them, or a result column named as an existing one
     * @throws io.jumba.diag.JumbaException when the ufunc does not parse or has no loop for these types
     */
    public Dataset<Row> apply(Dataset<Row> df, String result, KernelArg... inputs) {
        BatchPlan plan = BatchPlan.resolve(df.schema(), inputs);
        if (plan.bindings().stream().anyMatch(b -> b instanceof Binding.Output)) {
            throw new IllegalArgumentException("ufunc " + name + " takes columns and constants; its result is the column " + result);
        }
        if (plan.bindings().stream().noneMatch(b -> b instanceof Binding.Input)) {
            throw new IllegalArgumentException("ufunc " + name + " needs at least one column among its inputs");
        }
        // the loop NumPy's rules pick for these types gives the result's type: run it on batches of no rows
        NDArray empty = (NDArray) ExecutorKernels.ufunc(source, name).call(plan.samples());
        plan = plan.returning(Objects.requireNonNull(result, "result"), ColumnType.ofDtype(empty.dtype()));
        return BatchMapper.map(df, plan, new UfuncCall(source, name), batchSize);
    }
}

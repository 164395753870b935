package io.jumba.spark;

import io.jumba.Kernel;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Objects;

/**
 * A Jumba kernel run over DataFrame columns, one Arrow batch at a time: each batch's columns become 1-d arrays
 * (float64 for {@code double} columns, see {@link ColumnType}) and the kernel runs once per batch, not per row.
 * New columns come from output arrays the kernel fills, or from the array it returns.
 *
 * <pre>{@code
 * SparkKernel bs = SparkKernel.of(KernelSource.read(Path.of("black_scholes.py")), "black_scholes");
 * Dataset<Row> priced = bs.apply(options, column("price"), column("strike"), column("years"),
 *         scalar(0.02), scalar(0.30), output("call"));
 * }</pre>
 *
 * The kernel is typed on the driver, so a wrong column or type fails at once; executors get its source and
 * signature and compile it once per JVM. Results are those of the same kernel called in one JVM on the same
 * values. Columns must hold no nulls. Immutable; each method returns a new SparkKernel.
 */
public final class SparkKernel {
    private final KernelSource source;
    private final String function;
    private final String resultColumn;
    private final int batchSize;

    private SparkKernel(KernelSource source, String function, String resultColumn, int batchSize) {
        this.source = Objects.requireNonNull(source, "source");
        this.function = Objects.requireNonNull(function, "function");
        this.resultColumn = resultColumn;
        this.batchSize = batchSize;
    }

    /** The kernel function of source. */
    public static SparkKernel of(KernelSource source, String function) {
        return new SparkKernel(source, function, null, 0);
    }

    /** This kernel with its array result (one element per row of a batch) added as the column called name. */
    public SparkKernel returning(String name) {
        return new SparkKernel(source, function, Objects.requireNonNull(name, "name"), batchSize);
    }

    /**
     * This kernel run on batches of at most rows rows (default: Spark's
     * {@code spark.sql.execution.arrow.maxRecordsPerBatch}, 10,000 unless set).
     */
    public SparkKernel batchSize(int rows) {
        if (rows < 1) throw new IllegalArgumentException("batch size must be positive, got " + rows);
        return new SparkKernel(source, function, resultColumn, rows);
    }

    /**
     * df's rows with the kernel's new columns after its own: the kernel is called per batch with args, in its
     * parameter order. Lazy, as any transformation.
     *
     * @throws IllegalArgumentException          for a missing column, a column type no array holds, a new column named
     *                                           as an existing one, or a result the kernel does not return
     * @throws io.jumba.diag.JumbaException when the kernel does not parse or type for these arguments
     */
    public Dataset<Row> apply(Dataset<Row> df, KernelArg... args) {
        BatchPlan plan = BatchPlan.resolve(df.schema(), args);
        Object[] samples = plan.samples();
        Kernel kernel = ExecutorKernels.module(source).function(function);
        Type result = kernel.returnType(samples);
        if (resultColumn != null) {
            if (!(result instanceof Type.Array(var dtype, int ndim, var layout)) || ndim != 1) {
                throw new IllegalArgumentException("kernel " + function + " returns " + result + ", not a 1-d array for column " + resultColumn);
            }
            plan = plan.returning(resultColumn, ColumnType.ofDtype(dtype));
        } else if (!(result instanceof Type.None)) {
            throw new IllegalArgumentException("kernel " + function + " returns " + result
                    + "; name a column for it with returning(name), or return nothing and fill output arrays");
        }
        String signature = Signature.of(samples).toString();
        return BatchMapper.map(df, plan, new KernelCall(source, function, signature), batchSize);
    }
}

package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.sql.vectorized.ArrowColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One call of a kernel per batch and its new columns: builds the call's arguments from the batch's input columns
 * (as arrays), its constants and its output columns (Arrow vectors, reused from batch to batch, viewed as arrays),
 * calls the kernel, and copies an array result into the last new column; the rows out read them.
 */
final class KernelBatch implements AutoCloseable {
    private final BatchPlan plan;
    private final Function<Object[], Object> function;
    private final VectorSchemaRoot added;
    private final ColumnVector[] addedColumns;

    KernelBatch(BatchPlan plan, Function<Object[], Object> function, BufferAllocator allocator, String timeZone) {
        this.plan = plan;
        this.function = function;
        this.added = VectorSchemaRoot.create(ArrowUtils.toArrowSchema(plan.addedSchema(), timeZone, true, false), allocator);
        this.addedColumns = added.getFieldVectors().stream().map(ArrowColumnVector::new).toArray(ColumnVector[]::new);
    }

    /** The new columns, as the rows out read them: filled by each {@link #run}. */
    ColumnVector[] addedColumns() { return addedColumns; }

    /**
     * Runs the kernel on a batch of n rows whose input column for each binding is input.apply(binding), a 1-d array of
     * n elements. Output columns are written in place through views of their vectors (a bool column through an array
     * copied in after the call).
     */
    void run(Function<Binding.Input, NDArray> input, int n) {
        List<Binding> bindings = plan.bindings();
        List<FieldVector> vectors = added.getFieldVectors();
        Object[] args = new Object[bindings.size()];
        Object[] copied = new Object[bindings.size()];
        for (int k = 0; k < args.length; k++) {
            args[k] = switch (bindings.get(k)) {
                case Binding.Input in -> input.apply(in);
                case Binding.Constant c -> c.value();
                case Binding.Output out -> {
                    // fresh zeros per batch, as an array a caller makes for one call
                    NDArray view = ArrowArrays.output(vectors.get(out.index()), n);
                    if (view != null) yield view;
                    copied[k] = out.type().newArray(n);
                    yield NDArray.wrap(out.type().dtype(), copied[k]);
                }
            };
        }
        Object result = function.apply(args);
        for (int k = 0; k < args.length; k++) {
            if (copied[k] != null) ArrowArrays.write(copied[k], 0, n, vectors.get(((Binding.Output) bindings.get(k)).index()));
        }
        if (plan.returnsColumn()) writeResult(result, n, vectors.getLast());
    }

    /** The kernel's array result as the last new column: one element per row of the batch. */
    private static void writeResult(Object result, int n, FieldVector vector) {
        if (!(result instanceof NDArray a) || a.ndim() != 1 || a.shape(0) != n || a.stride(0) != 1) {
            String got = result instanceof NDArray a ? "an array of shape " + Arrays.toString(a.shape()) : String.valueOf(result);
            throw new IllegalStateException("the kernel returned " + got + " for a batch of " + n
                    + " rows; a result column needs one element per row");
        }
        ArrowArrays.write(a.data(), a.offset(), n, vector);
    }

    @Override
    public void close() {
        added.close();
    }
}

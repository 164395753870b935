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
 * (as arrays), its constants and fresh output arrays, calls the kernel, and copies its outputs (and array result)
 * into Arrow vectors, reused from batch to batch, which the rows out read.
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
     * Runs the kernel on a batch of n rows whose input column for each binding is input.apply(binding), an array of at
     * least n elements (only the first n are the batch's).
     */
    void run(Function<Binding.Input, Object> input, int n) {
        List<Binding> bindings = plan.bindings();
        Object[] args = new Object[bindings.size()];
        Object[] outputs = new Object[bindings.size()];
        for (int k = 0; k < args.length; k++) {
            args[k] = switch (bindings.get(k)) {
                case Binding.Input in -> new NDArray(in.type().dtype(), input.apply(in), 0, new int[] {n}, new int[] {1});
                case Binding.Constant c -> c.value();
                case Binding.Output out -> {
                    // fresh (zeroed) per batch, as an array a caller makes for one call
                    outputs[k] = out.type().newArray(n);
                    yield NDArray.wrap(out.type().dtype(), outputs[k]);
                }
            };
        }
        Object result = function.apply(args);
        List<FieldVector> vectors = added.getFieldVectors();
        for (int k = 0; k < args.length; k++) {
            if (bindings.get(k) instanceof Binding.Output out) ArrowArrays.write(outputs[k], 0, n, vectors.get(out.index()));
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

package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.arrow.ArrowWriter;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.sql.vectorized.ArrowColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One partition's rows through a kernel, an Arrow batch at a time: up to batchSize rows are written into Arrow
 * vectors (as Spark's own Arrow UDFs do), the kernel runs once on the batch's columns as arrays, its outputs become
 * Arrow vectors too, and the rows out read the input and new columns side by side. Rows are read lazily; the
 * vectors are reused from batch to batch and freed when the partition ends or its task does.
 */
final class ArrowBatches implements Iterator<InternalRow>, AutoCloseable {
    private final Iterator<InternalRow> rows;
    private final BatchPlan plan;
    private final Function<Object[], Object> function;
    private final int batchSize;
    private final BufferAllocator allocator;
    private final ArrowWriter writer;
    private final List<FieldVector> inputs;
    private final List<FieldVector> added;
    private final ColumnarBatch batch;
    /** Per binding, the array its input column's values are copied into; null for the others. */
    private final Object[] inputArrays;
    private Iterator<InternalRow> current = Collections.emptyIterator();
    private boolean closed;

    ArrowBatches(Iterator<InternalRow> rows, BatchPlan plan, Function<Object[], Object> function, int batchSize, String timeZone) {
        this.rows = rows;
        this.plan = plan;
        this.function = function;
        this.batchSize = batchSize;
        this.allocator = ArrowUtils.rootAllocator().newChildAllocator("jumba-spark", 0, Long.MAX_VALUE);
        VectorSchemaRoot in = VectorSchemaRoot.create(ArrowUtils.toArrowSchema(plan.input(), timeZone, true, false), allocator);
        VectorSchemaRoot out = VectorSchemaRoot.create(ArrowUtils.toArrowSchema(plan.addedSchema(), timeZone, true, false), allocator);
        this.writer = ArrowWriter.create(in);
        this.inputs = in.getFieldVectors();
        this.added = out.getFieldVectors();
        this.batch = new ColumnarBatch(Stream.concat(inputs.stream(), added.stream())
                .map(ArrowColumnVector::new).toArray(ColumnVector[]::new));
        this.inputArrays = plan.bindings().stream()
                .map(b -> b instanceof Binding.Input input ? input.type().newArray(batchSize) : null).toArray();
    }

    @Override
    public boolean hasNext() {
        if (current.hasNext()) return true;
        if (closed) return false;
        if (!rows.hasNext()) {
            close();
            return false;
        }
        nextBatch();
        return current.hasNext();
    }

    @Override
    public InternalRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private void nextBatch() {
        writer.reset();
        int n = 0;
        while (n < batchSize && rows.hasNext()) {
            writer.write(rows.next());
            n++;
        }
        writer.finish();
        List<Binding> bindings = plan.bindings();
        Object[] args = new Object[bindings.size()];
        Object[] outputs = new Object[bindings.size()];
        for (int k = 0; k < args.length; k++) {
            args[k] = switch (bindings.get(k)) {
                case Binding.Input in -> {
                    ArrowArrays.read(inputs.get(in.ordinal()), in.name(), inputArrays[k], n);
                    yield firstElements(in.type(), inputArrays[k], n);
                }
                case Binding.Constant c -> c.value();
                case Binding.Output out -> {
                    // fresh (zeroed) per batch, as an array a caller makes for one call
                    outputs[k] = out.type().newArray(n);
                    yield NDArray.wrap(out.type().dtype(), outputs[k]);
                }
            };
        }
        Object result = function.apply(args);
        for (int k = 0; k < args.length; k++) {
            if (bindings.get(k) instanceof Binding.Output out) ArrowArrays.write(outputs[k], 0, n, added.get(out.index()));
        }
        if (plan.returnsColumn()) writeResult(result, n);
        batch.setNumRows(n);
        current = batch.rowIterator();
    }

    /** The kernel's array result as the last new column: one element per row of the batch. */
    private void writeResult(Object result, int n) {
        if (!(result instanceof NDArray a) || a.ndim() != 1 || a.shape(0) != n || a.stride(0) != 1) {
            String got = result instanceof NDArray a ? "an array of shape " + java.util.Arrays.toString(a.shape()) : String.valueOf(result);
            throw new IllegalStateException("the kernel returned " + got + " for a batch of " + n
                    + " rows; a result column needs one element per row");
        }
        ArrowArrays.write(a.data(), a.offset(), n, added.getLast());
    }

    /** The first n elements of array, as a 1-d array argument. */
    private static NDArray firstElements(ColumnType type, Object array, int n) {
        return new NDArray(type.dtype(), array, 0, new int[] {n}, new int[] {1});
    }

    /** Frees the batch's vectors; again is a no-op. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        current = Collections.emptyIterator();
        batch.close();
        allocator.close();
    }
}

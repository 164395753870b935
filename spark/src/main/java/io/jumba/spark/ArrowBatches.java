package io.jumba.spark;

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
 * vectors (as Spark's own Arrow UDFs do), the kernel runs once on the batch's columns, viewed without a copy
 * ({@link ArrowArrays#input}), its outputs are Arrow vectors it writes through views, and the rows out read the input and new columns side by side. Rows are read lazily; the
 * vectors are reused from batch to batch and freed when the partition ends or its task does.
 */
final class ArrowBatches implements Iterator<InternalRow>, AutoCloseable {
    private final Iterator<InternalRow> rows;
    private final int batchSize;
    private final BufferAllocator allocator;
    private final ArrowWriter writer;
    private final List<FieldVector> inputs;
    private final KernelBatch kernel;
    private final ColumnarBatch batch;
    private Iterator<InternalRow> current = Collections.emptyIterator();
    private boolean closed;

    ArrowBatches(Iterator<InternalRow> rows, BatchPlan plan, Function<Object[], Object> function, int batchSize, String timeZone) {
        this.rows = rows;
        this.batchSize = batchSize;
        this.allocator = ArrowUtils.rootAllocator().newChildAllocator("jumba-spark", 0, Long.MAX_VALUE);
        VectorSchemaRoot in = VectorSchemaRoot.create(ArrowUtils.toArrowSchema(plan.input(), timeZone, true, false), allocator);
        this.writer = ArrowWriter.create(in);
        this.inputs = in.getFieldVectors();
        this.kernel = new KernelBatch(plan, function, allocator, timeZone);
        this.batch = new ColumnarBatch(Stream.concat(inputs.stream().map(ArrowColumnVector::new), Stream.of(kernel.addedColumns()))
                .toArray(ColumnVector[]::new));
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
        int rowCount = n;
        kernel.run(in -> ArrowArrays.input(inputs.get(in.ordinal()), in.name(), rowCount), n);
        batch.setNumRows(n);
        current = batch.rowIterator();
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

package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * One partition of a columnar scan (a cached DataFrame, Parquet, ORC) through a kernel, one of the scan's batches at a
 * time: the kernel's columns are copied out of the batch in bulk, the kernel runs once on them, and the rows out read
 * the scan's own column vectors beside the new Arrow ones. No row is built on the way in.
 */
final class ColumnarBatches implements Iterator<InternalRow>, AutoCloseable {
    private final Iterator<ColumnarBatch> batches;
    private final BufferAllocator allocator;
    private final KernelBatch kernel;
    private final int inputColumns;
    private Iterator<InternalRow> current = Collections.emptyIterator();
    private boolean closed;

    ColumnarBatches(Iterator<ColumnarBatch> batches, BatchPlan plan, Function<Object[], Object> function, String timeZone) {
        this.batches = batches;
        this.allocator = ArrowUtils.rootAllocator().newChildAllocator("jumba-spark", 0, Long.MAX_VALUE);
        this.kernel = new KernelBatch(plan, function, allocator, timeZone);
        this.inputColumns = plan.input().fields().length;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (closed) return false;
            if (!batches.hasNext()) {
                close();
                return false;
            }
            nextBatch(batches.next());
        }
        return true;
    }

    @Override
    public InternalRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private void nextBatch(ColumnarBatch in) {
        int n = in.numRows();
        kernel.run(b -> NDArray.wrap(b.type().dtype(), ColumnVectors.read(in.column(b.ordinal()), b.name(), b.type(), n)), n);
        ColumnVector[] columns = new ColumnVector[inputColumns + kernel.addedColumns().length];
        for (int c = 0; c < inputColumns; c++) columns[c] = in.column(c);
        System.arraycopy(kernel.addedColumns(), 0, columns, inputColumns, kernel.addedColumns().length);
        current = new ColumnarBatch(columns, n).rowIterator();
    }

    /** Frees the new columns' vectors (the scan frees its own); again is a no-op. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        current = Collections.emptyIterator();
        kernel.close();
        allocator.close();
    }
}

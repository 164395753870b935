package io.jumba.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.vectorized.ColumnarBatch;

import java.util.Iterator;

/** The task side of a kernel over a columnar scan: runs each partition through {@link ColumnarBatches}. */
record ColumnarRunner(BatchPlan plan, BatchFunction function, String timeZone)
        implements FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> {
    @Override
    public Iterator<InternalRow> call(Iterator<ColumnarBatch> batches) {
        return BatchRunner.closedWithTask(new ColumnarBatches(batches, plan, function.bind(), timeZone));
    }
}

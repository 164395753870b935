package io.jumba.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.TaskCompletionListener;

import java.util.Iterator;

/** The task side of a kernel over a DataFrame: runs each partition through {@link ArrowBatches}. */
record BatchRunner(BatchPlan plan, BatchFunction function, int batchSize, String timeZone)
        implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
    @Override
    public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
        ArrowBatches batches = new ArrowBatches(rows, plan, function.bind(), batchSize, timeZone);
        TaskContext task = TaskContext.get();
        // a task that stops early (a limit, a failure) never exhausts the iterator: free its vectors when it ends
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) context -> batches.close());
        return batches;
    }
}

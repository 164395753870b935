package io.jumba.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.TaskCompletionListener;

import java.util.Iterator;

/** The task side of a kernel over a DataFrame's rows: runs each partition through {@link ArrowBatches}. */
record BatchRunner(BatchPlan plan, BatchFunction function, int batchSize, String timeZone)
        implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
    @Override
    public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
        return closedWithTask(new ArrowBatches(rows, plan, function.bind(), batchSize, timeZone));
    }

    /**
     * batches, freed when the task ends too: a task that stops early (a limit, a failure) never exhausts the
     * iterator, which frees its vectors at its end.
     */
    static <T extends Iterator<InternalRow> & AutoCloseable> T closedWithTask(T batches) {
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) context -> close(batches));
        return batches;
    }

    private static void close(AutoCloseable batches) {
        try {
            batches.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not free a kernel's batch: " + e.getMessage(), e);
        }
    }
}

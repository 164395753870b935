package io.jumba.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Runs a function per Arrow batch over a DataFrame: its rows as Spark holds them internally, batched per partition,
 * into a new DataFrame of the input columns and the new ones. Lazy, as any transformation: nothing runs before an
 * action.
 */
final class BatchMapper {
    /** Spark's own batch size for Arrow UDFs, the default here. */
    static final String BATCH_SIZE_CONF = "spark.sql.execution.arrow.maxRecordsPerBatch";

    private BatchMapper() {}

    /**
     * The rows of df with plan's new columns, computed by function per batch of batchSize rows (0: Spark's
     * {@value #BATCH_SIZE_CONF}).
     */
    static Dataset<Row> map(Dataset<Row> df, BatchPlan plan, BatchFunction function, int batchSize) {
        if (!(df instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
            throw new IllegalArgumentException("jumba-spark runs kernels on classic Spark sessions, not Spark Connect");
        }
        var session = classic.sparkSession();
        int rows = batchSize > 0 ? batchSize : Math.max(1, Integer.parseInt(session.conf().get(BATCH_SIZE_CONF, "10000")));
        String timeZone = session.sessionState().conf().sessionLocalTimeZone();
        JavaRDD<InternalRow> out = classic.queryExecution().toRdd().toJavaRDD()
                .mapPartitions(new BatchRunner(plan, function, rows, timeZone));
        return session.internalCreateDataFrame(out.rdd(), plan.output(), false);
    }
}

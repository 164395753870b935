package io.jumba.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;

/**
 * Runs a function per batch over a DataFrame into a new DataFrame of the input columns and the new ones. A DataFrame
 * whose plan ends in a columnar scan (cached, Parquet, ORC) is read a scan batch at a time, its columns copied in bulk;
 * any other, its rows as Spark holds them internally, written into Arrow batches. Lazy, as any transformation.
 */
final class BatchMapper {
    /** Spark's own batch size for Arrow UDFs, the default here. */
    static final String BATCH_SIZE_CONF = "spark.sql.execution.arrow.maxRecordsPerBatch";

    private BatchMapper() {}

    /**
     * The rows of df with plan's new columns, computed by function per batch of batchSize rows (0: Spark's
     * {@value #BATCH_SIZE_CONF}) or per batch of df's columnar scan.
     */
    static Dataset<Row> map(Dataset<Row> df, BatchPlan plan, BatchFunction function, int batchSize) {
        if (!(df instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
            throw new IllegalArgumentException("jumba-spark runs kernels on classic Spark sessions, not Spark Connect");
        }
        var session = classic.sparkSession();
        String timeZone = session.sessionState().conf().sessionLocalTimeZone();
        SparkPlan scan = batchSize > 0 ? null : columnarScan(classic);
        JavaRDD<InternalRow> out;
        if (scan != null) {
            out = scan.executeColumnar().toJavaRDD().mapPartitions(new ColumnarRunner(plan, function, timeZone));
        } else {
            int rows = batchSize > 0 ? batchSize : Math.max(1, Integer.parseInt(session.conf().get(BATCH_SIZE_CONF, "10000")));
            out = classic.queryExecution().toRdd().toJavaRDD().mapPartitions(new BatchRunner(plan, function, rows, timeZone));
        }
        return session.internalCreateDataFrame(out.rdd(), plan.output(), false);
    }

    /** Whether df is read a columnar batch at a time (unless a batch size is given). */
    static boolean readsColumnar(Dataset<Row> df) {
        return df instanceof org.apache.spark.sql.classic.Dataset<Row> classic && columnarScan(classic) != null;
    }

    /** The columnar scan that df's plan turns into rows, when it gives exactly df's columns; else null. */
    private static SparkPlan columnarScan(org.apache.spark.sql.classic.Dataset<Row> df) {
        SparkPlan plan = df.queryExecution().executedPlan();
        StructType schema = df.schema();
        SparkPlan top = plan instanceof WholeStageCodegenExec stage ? stage.child() : plan;
        // a file scan's rows come through ColumnarToRow; a cached DataFrame's scan makes rows itself
        SparkPlan columnar = top instanceof ColumnarToRowExec toRows ? toRows.child() : top;
        return columnar.supportsColumnar() && sameColumns(columnar.schema(), schema) ? columnar : null;
    }

    private static boolean sameColumns(StructType a, StructType b) {
        return Arrays.equals(a.fieldNames(), b.fieldNames())
                && Arrays.equals(Arrays.stream(a.fields()).map(StructField::dataType).toArray(),
                        Arrays.stream(b.fields()).map(StructField::dataType).toArray());
    }
}

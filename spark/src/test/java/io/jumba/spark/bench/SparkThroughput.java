package io.jumba.spark.bench;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.spark.KernelSource;
import io.jumba.spark.SparkKernel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import static io.jumba.spark.KernelArg.column;
import static io.jumba.spark.KernelArg.output;
import static io.jumba.spark.KernelArg.scalar;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Black-Scholes throughput per core (spark/bench.sh, docs/benchmarks.md "Spark"): ROWS options cached in Spark's
 * memory, then priced and summed (1) by the Jumba kernel per batch of the cached columns, (1b) the same through rows
 * written into Arrow batches of 10,000 (the path of a DataFrame Spark does not read as columns), (2) by the same
 * formula as a Spark SQL expression, and (0) only summed, the cost of reading the cache; and (3) the kernel in one
 * JVM on Java arrays of ROWS elements, one thread. Best and median of REPEATS runs after two warm-up runs; throughput per core from
 * the process's CPU time.
 */
public final class SparkThroughput {
    private static final double RATE = 0.02, VOL = 0.30;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SparkThroughput() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int cores = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        KernelSource source = KernelSource.resource(SparkThroughput.class, "/black_scholes.py");
        System.out.printf("%,d options, Spark local[%d], %d repeats, %d processors, load average %.1f at start%n",
                rows, cores, repeats, Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("jumba-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(cores))
                .getOrCreate();
        Dataset<Row> options = spark.range(0, rows, 1, 4 * cores).select(
                rand(1).multiply(90).plus(10).as("price"),
                rand(2).multiply(90).plus(10).as("strike"),
                rand(3).multiply(9.75).plus(0.25).as("years")).cache();
        options.count();

        SparkKernel kernel = SparkKernel.of(source, "black_scholes");
        Dataset<Row> jumba = kernel.apply(options, column("price"), column("strike"), column("years"),
                scalar(RATE), scalar(VOL), output("call")).agg(sum("call"));
        Dataset<Row> jumbaRows = kernel.batchSize(10_000).apply(options, column("price"), column("strike"), column("years"),
                scalar(RATE), scalar(VOL), output("call")).agg(sum("call"));
        Dataset<Row> sql = options.withColumn("call", blackScholes(col("price"), col("strike"), col("years")))
                .agg(sum("call"));
        Dataset<Row> scan = options.agg(sum("price"));

        double scanCpu = report("(0) Spark, cached options summed only", rows, repeats, () -> scan.first().getDouble(0));
        double jumbaCpu = report("(1) Spark, Jumba kernel per scan batch", rows, repeats, () -> jumba.first().getDouble(0));
        double rowsCpu = report("(1b) Spark, Jumba kernel per Arrow batch", rows, repeats, () -> jumbaRows.first().getDouble(0));
        double sqlCpu = report("(2) Spark, SQL expression", rows, repeats, () -> sql.first().getDouble(0));
        spark.stop();
        double jvmCpu = report("(3) one JVM, kernel on double[]", rows, repeats, oneJvm(source, rows));

        System.out.printf("throughput per core (CPU time): (1)/(3) = %.2fx the kernel in one JVM, (1b)/(3) = %.2fx,"
                + " (1)/(2) = %.2fx the SQL expression, (1b)/(2) = %.2fx; CPU per option: kernel in one JVM %.1f ns,"
                + " scan alone %.1f ns, (1) %.1f ns, (1b) %.1f ns, (2) %.1f ns%n",
                jvmCpu / jumbaCpu, jvmCpu / rowsCpu, sqlCpu / jumbaCpu, sqlCpu / rowsCpu, nanosPer(jvmCpu, rows),
                nanosPer(scanCpu, rows), nanosPer(jumbaCpu, rows), nanosPer(rowsCpu, rows), nanosPer(sqlCpu, rows));
    }

    /**
     * Runs task twice to warm up (the first run of a kernel's vector code is slow, until the JIT compiles it), then
     * repeats times; prints best and median wall seconds, and options per CPU-second of the whole process (JIT and GC
     * threads included) in the best run: the throughput per core, which other processes on the machine do not
     * dilute as they do wall time. Returns the best run's CPU seconds.
     */
    private static double report(String name, int rows, int repeats, DoubleSupplier task) {
        task.getAsDouble();
        double check = task.getAsDouble();
        double[] wall = new double[repeats];
        double bestCpu = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long cpu0 = OS.getProcessCpuTime(), start = System.nanoTime();
            check = task.getAsDouble();
            wall[r] = (System.nanoTime() - start) / 1e9;
            bestCpu = Math.min(bestCpu, (OS.getProcessCpuTime() - cpu0) / 1e9);
        }
        Arrays.sort(wall);
        System.out.printf("%-42s wall best %6.3f s median %6.3f s | CPU %6.3f s: %6.2f M options/s per core  (sum %.6e)%n",
                name, wall[0], wall[repeats / 2], bestCpu, rows / bestCpu / 1e6, check);
        return bestCpu;
    }

    private static double nanosPer(double seconds, int rows) {
        return seconds * 1e9 / rows;
    }

    /** The kernel on Java arrays of options drawn as the DataFrame's are (another generator: the sum differs). */
    private static DoubleSupplier oneJvm(KernelSource source, int rows) {
        SplittableRandom random = new SplittableRandom(1);
        double[] price = new double[rows], strike = new double[rows], years = new double[rows], call = new double[rows];
        for (int i = 0; i < rows; i++) {
            price[i] = random.nextDouble() * 90 + 10;
            strike[i] = random.nextDouble() * 90 + 10;
            years[i] = random.nextDouble() * 9.75 + 0.25;
        }
        Kernel kernel = Jumba.jit(source.text(), source.fileName()).function("black_scholes");
        return () -> {
            kernel.call(price, strike, years, RATE, VOL, call);
            return call[rows - 1];
        };
    }

    /** examples/black_scholes.py's formula as a Spark SQL expression. */
    private static Column blackScholes(Column s, Column k, Column t) {
        Column sq = lit(VOL).multiply(sqrt(t));
        Column d1 = log(s.divide(k)).plus(lit(RATE + 0.5 * VOL * VOL).multiply(t)).divide(sq);
        Column d2 = d1.minus(sq);
        return s.multiply(cnd(d1)).minus(k.multiply(exp(lit(-RATE).multiply(t))).multiply(cnd(d2)));
    }

    /** The cumulative normal distribution of the kernel file (Abramowitz-Stegun polynomial). */
    private static Column cnd(Column d) {
        Column k = lit(1.0).divide(lit(1.0).plus(lit(0.2316419).multiply(abs(d))));
        Column poly = k.multiply(lit(0.31938153).plus(k.multiply(lit(-0.356563782).plus(k.multiply(lit(1.781477937)
                .plus(k.multiply(lit(-1.821255978).plus(k.multiply(lit(1.330274429))))))))));
        Column ret = lit(0.3989422804014327).multiply(exp(lit(-0.5).multiply(d).multiply(d))).multiply(poly);
        return when(d.gt(0), lit(1.0).minus(ret)).otherwise(ret);
    }
}

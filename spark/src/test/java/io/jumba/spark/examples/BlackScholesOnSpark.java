package io.jumba.spark.examples;

import io.jumba.spark.KernelSource;
import io.jumba.spark.SparkKernel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;

import static io.jumba.spark.KernelArg.column;
import static io.jumba.spark.KernelArg.output;
import static io.jumba.spark.KernelArg.scalar;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rand;

/**
 * Prices European call options with the Black-Scholes kernel of examples/black_scholes.py over a DataFrame, on a local
 * Spark: {@code spark/run.sh io.jumba.spark.examples.BlackScholesOnSpark [ROWS]} (10 million by default). The code
 * between the example markers is docs/user-guide.md's ("Spark"); BlackScholesOnSparkTest checks they agree.
 */
public final class BlackScholesOnSpark {
    private BlackScholesOnSpark() {}

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        SparkSession spark = SparkSession.builder().master("local[*]").appName("black-scholes")
                .config("spark.ui.enabled", "false").getOrCreate();
        long start = System.nanoTime();
        Dataset<Row> priced = price(spark, rows);
        Row summary = priced.agg(avg("call"), max("call")).first();
        double seconds = (System.nanoTime() - start) / 1e9;
        priced.show(5);
        System.out.printf("%,d options priced in %.1f s: mean call %.4f, max %.4f%n",
                rows, seconds, summary.getDouble(0), summary.getDouble(1));
        spark.stop();
    }

    /** rows options (spot and strike 10 to 100, 3 months to 10 years), priced at 2% rate and 30% volatility. */
    public static Dataset<Row> price(SparkSession spark, long rows) throws IOException {
        // example
        Dataset<Row> options = spark.range(rows).select(col("id"),
                rand(1).multiply(90).plus(10).as("price"),
                rand(2).multiply(90).plus(10).as("strike"),
                rand(3).multiply(9.75).plus(0.25).as("years"));

        SparkKernel blackScholes = SparkKernel.of(
                KernelSource.resource(BlackScholesOnSpark.class, "/black_scholes.py"), "black_scholes");
        Dataset<Row> priced = blackScholes.apply(options,
                column("price"), column("strike"), column("years"),  // float64[:] arrays, one Arrow batch each
                scalar(0.02), scalar(0.30),                          // rate and volatility
                output("call"));                                     // out: a new double column
        // end example
        return priced;
    }
}

package io.jumba.spark;

import io.jumba.Jumba;
import io.jumba.Kernel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.jumba.spark.KernelArg.column;
import static io.jumba.spark.KernelArg.output;
import static io.jumba.spark.KernelArg.scalar;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkKernelTest {
    private static final int ROWS = 50_000;

    private final SparkSession spark = TestSpark.session();

    /** ROWS options over 4 partitions: id, price, strike, years, as a Spark job computes them (seeded). */
    private Dataset<Row> options() {
        return spark.range(0, ROWS, 1, 4).select(col("id"),
                rand(1).multiply(90).plus(10).as("price"),
                rand(2).multiply(90).plus(10).as("strike"),
                rand(3).multiply(9.75).plus(0.25).as("years"));
    }

    private static KernelSource blackScholes() throws IOException {
        return KernelSource.resource(SparkKernelTest.class, "/black_scholes.py");
    }

    private static double[] doubles(List<Row> rows, String column) {
        return rows.stream().mapToDouble(r -> r.getDouble(r.fieldIndex(column))).toArray();
    }

    @Test
    void blackScholesGivesTheBitsOfTheSameKernelInOneJvm() throws IOException {
        for (int batch : new int[] {10_000, 777}) {
            Dataset<Row> priced = SparkKernel.of(blackScholes(), "black_scholes").batchSize(batch)
                    .apply(options(), column("price"), column("strike"), column("years"), scalar(0.02), scalar(0.30), output("call"));
            List<Row> rows = priced.orderBy("id").collectAsList();
            assertEquals(ROWS, rows.size());
            assertEquals(List.of("id", "price", "strike", "years", "call"), List.of(priced.columns()));

            double[] price = doubles(rows, "price");
            double[] strike = doubles(rows, "strike");
            double[] years = doubles(rows, "years");
            double[] expected = new double[ROWS];
            Kernel kernel = Jumba.jit(blackScholes().text()).function("black_scholes");
            kernel.call(price, strike, years, 0.02, 0.30, expected);

            assertArrayEquals(expected, doubles(rows, "call"), "batch size " + batch);
        }
    }
}

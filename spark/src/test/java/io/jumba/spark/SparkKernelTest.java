package io.jumba.spark;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.diag.JumbaException;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkKernelTest {
    private static final int ROWS = 20_000;

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

    /** A kernel that returns its result, and whose integer columns are int64 arrays. */
    private static final KernelSource SCALE = KernelSource.of("""
            def scaled(x, k):
                return x * k + 1
            """);

    @Test
    void anArrayResultBecomesAColumnOfItsType() {
        Dataset<Row> df = spark.range(0, 1_000, 1, 3).select(col("id"), col("id").multiply(7).as("x"));
        Dataset<Row> out = SparkKernel.of(SCALE, "scaled").returning("y").batchSize(64).apply(df, column("x"), scalar(3L));
        assertEquals("bigint", out.schema().apply("y").dataType().simpleString());
        List<Row> rows = out.orderBy("id").collectAsList();
        for (Row r : rows) assertEquals(r.getLong(1) * 3 + 1, r.getLong(2));
        assertEquals(1_000, rows.size());
    }

    @Test
    void aKernelCompilesOncePerJvmWhateverTheTasksAndJobs() throws IOException {
        // a source of its own, so that no other test compiled it before
        KernelSource source = new KernelSource(blackScholes().text() + "\n# compile-once test\n", "black_scholes.py");
        int before = ExecutorKernels.compiledKernels();
        SparkKernel bs = SparkKernel.of(source, "black_scholes").batchSize(1_000);
        for (int job = 0; job < 2; job++) {
            Dataset<Row> priced = bs.apply(options(), column("price"), column("strike"), column("years"), scalar(0.02), scalar(0.30), output("call"));
            assertEquals(ROWS, priced.count());
        }
        assertEquals(before + 1, ExecutorKernels.compiledKernels());
    }

    @Test
    void aNullInAColumnFailsTheJobWithAMessageNamingIt() {
        Dataset<Row> df = spark.sql("select cast(id as double) as x, if(id = 5, null, cast(id as double)) as y from range(10)");
        SparkKernel k = SparkKernel.of(KernelSource.of("def add(a, b):\n    return a + b\n"), "add").returning("z");
        var e = assertThrows(Exception.class, () -> k.apply(df, column("x"), column("y")).collectAsList());
        assertTrue(e.getMessage().contains("column y has 1 null(s) in a batch; kernels take no nulls"), e.getMessage());
        Dataset<Row> cached = df.cache();
        try {
            var columnar = assertThrows(Exception.class, () -> k.apply(cached, column("x"), column("y")).collectAsList());
            assertTrue(columnar.getMessage().contains("column y has 1 null(s) in a batch; kernels take no nulls"), columnar.getMessage());
        } finally {
            cached.unpersist();
        }
    }

    @Test
    void wrongArgumentsFailOnTheDriverInOneLine() throws IOException {
        SparkKernel bs = SparkKernel.of(blackScholes(), "black_scholes");
        var missing = assertThrows(IllegalArgumentException.class,
                () -> bs.apply(options(), column("cost"), column("strike"), column("years"), scalar(0.02), scalar(0.30), output("call")));
        assertEquals("no column cost in the DataFrame (columns: id, price, strike, years)", missing.getMessage());
        var clash = assertThrows(IllegalArgumentException.class,
                () -> bs.apply(options(), column("price"), column("strike"), column("years"), scalar(0.02), scalar(0.30), output("price")));
        assertTrue(clash.getMessage().startsWith("the kernel's new column price is already a column"), clash.getMessage());
        var unnamed = assertThrows(IllegalArgumentException.class,
                () -> SparkKernel.of(SCALE, "scaled").apply(options(), column("price"), scalar(2.0)));
        assertEquals("kernel scaled returns float64[::1]; name a column for it with returning(name),"
                + " or return nothing and fill output arrays", unnamed.getMessage());
        var untyped = assertThrows(JumbaException.class,
                () -> bs.apply(options(), column("price"), column("strike"), scalar(0.02), scalar(0.30), output("call")));
        assertTrue(untyped.getMessage().contains("black_scholes"), untyped.getMessage());
    }

    @Test
    void blackScholesGivesTheBitsOfTheSameKernelInOneJvm() throws IOException {
        SparkKernel bs = SparkKernel.of(blackScholes(), "black_scholes");
        assertSameBitsAsOneJvm(bs.batchSize(10_000), options());
        assertSameBitsAsOneJvm(bs.batchSize(777), options());
        // cached: read a columnar batch at a time, not through rows
        assertFalse(BatchMapper.readsColumnar(options()));
        Dataset<Row> cached = options().cache();
        try {
            assertTrue(BatchMapper.readsColumnar(cached));
            assertSameBitsAsOneJvm(bs, cached);
        } finally {
            cached.unpersist();
        }
    }

    private static void assertSameBitsAsOneJvm(SparkKernel bs, Dataset<Row> options) throws IOException {
        Dataset<Row> priced = bs.apply(options, column("price"), column("strike"), column("years"), scalar(0.02), scalar(0.30), output("call"));
        List<Row> rows = priced.orderBy("id").collectAsList();
        assertEquals(ROWS, rows.size());
        assertEquals(List.of("id", "price", "strike", "years", "call"), List.of(priced.columns()));

        double[] price = doubles(rows, "price");
        double[] strike = doubles(rows, "strike");
        double[] years = doubles(rows, "years");
        double[] expected = new double[ROWS];
        Kernel kernel = Jumba.jit(blackScholes().text()).function("black_scholes");
        kernel.call(price, strike, years, 0.02, 0.30, expected);

        assertArrayEquals(expected, doubles(rows, "call"));
    }
}

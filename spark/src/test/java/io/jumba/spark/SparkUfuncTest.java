package io.jumba.spark;

import io.jumba.Jumba;
import io.jumba.array.NDArray;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.spark.KernelArg.column;
import static io.jumba.spark.KernelArg.scalar;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SparkUfuncTest {
    private static final KernelSource UFUNCS = KernelSource.of("""
            from numba import vectorize

            @vectorize(["float32(float32, float32)", "float64(float64, float64)"])
            def rel_diff(x, y):
                return abs(x - y) / (abs(x) + abs(y) + 1e-12)
            """);

    private final SparkSession spark = TestSpark.session();

    @Test
    void aUfuncOverTwoColumnsGivesTheBitsOfTheUfuncInOneJvm() {
        Dataset<Row> df = spark.range(0, 5_000, 1, 3).select(col("id"), rand(4).as("x"), rand(5).minus(0.5).as("y"));
        Dataset<Row> out = SparkUfunc.of(UFUNCS, "rel_diff").batchSize(1_000).apply(df, "diff", column("x"), column("y"));
        List<Row> rows = out.orderBy("id").collectAsList();

        double[] x = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
        double[] y = rows.stream().mapToDouble(r -> r.getDouble(2)).toArray();
        NDArray expected = (NDArray) Jumba.vectorize(UFUNCS.text()).ufunc("rel_diff").call(NDArray.wrap(x), NDArray.wrap(y));
        assertArrayEquals((double[]) expected.data(), rows.stream().mapToDouble(r -> r.getDouble(3)).toArray());
    }

    /** NumPy takes the first loop the inputs cast to safely: float32 first, so that float32 inputs stay float32. */
    @Test
    void aFloatColumnTakesTheFloat32LoopAndGivesAFloatColumn() {
        Dataset<Row> df = spark.range(0, 100, 1, 2).select(col("id").cast("float").as("x"));
        Dataset<Row> out = SparkUfunc.of(UFUNCS, "rel_diff").apply(df, "diff", column("x"), scalar(3.0));
        assertEquals("float", out.schema().apply("diff").dataType().simpleString());
        List<Row> rows = out.orderBy("x").collectAsList();
        assertEquals(1f, rows.get(0).getFloat(1));
        assertEquals(0f, rows.get(3).getFloat(1));
    }

    @Test
    void anOutputAmongAUfuncsInputsIsRefused() {
        Dataset<Row> df = spark.range(3).select(col("id").cast("double").as("x"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> SparkUfunc.of(UFUNCS, "rel_diff").apply(df, "diff", column("x"), KernelArg.output("o")));
        assertEquals("ufunc rel_diff takes columns and constants; its result is the column diff", e.getMessage());
    }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Sum;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code sum} case: sum of a float64 array. */
public class SumBenchmark extends CaseBenchmark {
    private NDArray aArr;
    private double[] a;

    @Override protected String caseName() { return "sum"; }
    @Override protected void bind() { aArr = array(0); a = (double[]) aArr.data(); }
    @Override protected Object runPlain() { return plainJava(); }

    @Benchmark public double plainJava() { return Sum.plain(a); }
    @Benchmark public double vectorApi() { return Sum.vector(a); }
    @Benchmark public double jumba() throws Throwable { return (double) handle.invokeExact(aArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.SumSq;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code sumsq_prange} case: a parallel sum of squares (prange against a parallel stream). */
public class SumsqPrangeBenchmark extends CaseBenchmark {
    private NDArray aArr;
    private double[] a;

    @Override protected String caseName() { return "sumsq_prange"; }
    @Override protected void bind() { aArr = array(0); a = (double[]) aArr.data(); }
    @Override protected Object runPlain() { return plainJava(); }

    @Benchmark public double plainJava() { return SumSq.plain(a); }
    @Benchmark public double jumba() throws Throwable { return (double) handle.invokeExact(aArr); }
}

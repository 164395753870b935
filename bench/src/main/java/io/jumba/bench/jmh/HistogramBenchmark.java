package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Histogram;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code histogram} case: equal-width bins with scatter increments. */
public class HistogramBenchmark extends CaseBenchmark {
    private NDArray xArr, countsArr;
    private double[] x;
    private long[] counts;
    private double lo, hi;

    @Override protected String caseName() { return "histogram"; }
    @Override protected void bind() {
        xArr = array(0); countsArr = array(3); x = (double[]) xArr.data(); counts = (long[]) countsArr.data();
        lo = (Double) args[1]; hi = (Double) args[2];
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Histogram.plain(x, lo, hi, counts); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, lo, hi, countsArr); }
}

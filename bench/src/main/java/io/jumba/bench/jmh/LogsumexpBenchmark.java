package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.LogSumExp;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code logsumexp} case: row-wise over a rows x cols array. */
public class LogsumexpBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;
    private int rows, cols;

    @Override protected String caseName() { return "logsumexp"; }
    @Override protected void bind() {
        xArr = array(0); outArr = array(1); x = (double[]) xArr.data(); out = (double[]) outArr.data();
        rows = xArr.shape(0); cols = xArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { LogSumExp.plain(x, out, rows, cols); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.ClipWhere;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code clip_where} case: clip to [lo, hi] with a conditional expression. */
public class ClipWhereBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;
    private double lo, hi;

    @Override protected String caseName() { return "clip_where"; }
    @Override protected void bind() {
        xArr = array(0); outArr = array(3); x = (double[]) xArr.data(); out = (double[]) outArr.data();
        lo = (Double) args[1]; hi = (Double) args[2];
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { ClipWhere.plain(x, lo, hi, out); }
    @Benchmark public void vectorApi() { ClipWhere.vector(x, lo, hi, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, lo, hi, outArr); }
}

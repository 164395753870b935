package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.ExpMap;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code exp_map} case: elementwise exp of float64. */
public class ExpMapBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;

    @Override protected String caseName() { return "exp_map"; }
    @Override protected void bind() { xArr = array(0); outArr = array(1); x = (double[]) xArr.data(); out = (double[]) outArr.data(); }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { ExpMap.plain(x, out); }
    @Benchmark public void vectorApi() { ExpMap.vector(x, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.LogSinMap;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code log_sin_map} case: out = log(x) + sin(x). */
public class LogSinMapBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;

    @Override protected String caseName() { return "log_sin_map"; }
    @Override protected void bind() { xArr = array(0); outArr = array(1); x = (double[]) xArr.data(); out = (double[]) outArr.data(); }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { LogSinMap.plain(x, out); }
    @Benchmark public void vectorApi() { LogSinMap.vector(x, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

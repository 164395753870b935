package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Horner;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code horner} case: a degree-8 polynomial per element. */
public class HornerBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;

    @Override protected String caseName() { return "horner"; }
    @Override protected void bind() { xArr = array(0); outArr = array(1); x = (double[]) xArr.data(); out = (double[]) outArr.data(); }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Horner.plain(x, out); }
    @Benchmark public void vectorApi() { Horner.vector(x, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Dot;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code dot} case: dot product of two float64 arrays. */
public class DotBenchmark extends CaseBenchmark {
    private NDArray aArr, bArr;
    private double[] a, b;

    @Override protected String caseName() { return "dot"; }
    @Override protected void bind() { aArr = array(0); bArr = array(1); a = (double[]) aArr.data(); b = (double[]) bArr.data(); }
    @Override protected Object runPlain() { return plainJava(); }

    @Benchmark public double plainJava() { return Dot.plain(a, b); }
    @Benchmark public double vectorApi() { return Dot.vector(a, b); }
    @Benchmark public double jumba() throws Throwable { return (double) handle.invokeExact(aArr, bArr); }
}

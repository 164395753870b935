package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Dot;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code dot_f32} case: float32 inputs, float64 accumulator. */
public class DotF32Benchmark extends CaseBenchmark {
    private NDArray aArr, bArr;
    private float[] a, b;

    @Override protected String caseName() { return "dot_f32"; }
    @Override protected void bind() { aArr = array(0); bArr = array(1); a = (float[]) aArr.data(); b = (float[]) bArr.data(); }
    @Override protected Object runPlain() { return plainJava(); }

    @Benchmark public double plainJava() { return Dot.plain(a, b); }
    @Benchmark public double vectorApi() { return Dot.vector(a, b); }
    @Benchmark public double jumba() throws Throwable { return (double) handle.invokeExact(aArr, bArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.ExpMap;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code exp_map_f32} case: elementwise exp of float32. */
public class ExpMapF32Benchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private float[] x, out;

    @Override protected String caseName() { return "exp_map_f32"; }
    @Override protected void bind() { xArr = array(0); outArr = array(1); x = (float[]) xArr.data(); out = (float[]) outArr.data(); }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { ExpMap.plain(x, out); }
    @Benchmark public void vectorApi() { ExpMap.vector(x, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

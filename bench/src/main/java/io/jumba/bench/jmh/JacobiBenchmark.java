package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Jacobi;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code jacobi} case: one 5-point stencil sweep over an n x m grid. */
public class JacobiBenchmark extends CaseBenchmark {
    private NDArray uArr, outArr;
    private double[] u, out;
    private int n, m;

    @Override protected String caseName() { return "jacobi"; }
    @Override protected void bind() {
        uArr = array(0); outArr = array(1); u = (double[]) uArr.data(); out = (double[]) outArr.data();
        n = uArr.shape(0); m = uArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Jacobi.plain(u, out, n, m); }
    @Benchmark public void vectorApi() { Jacobi.vector(u, out, n, m); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(uArr, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Matmul;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code matmul} case: naive i-j-k matrix multiply. */
public class MatmulBenchmark extends CaseBenchmark {
    private NDArray aArr, bArr, cArr;
    private double[] a, b, c;
    private int n, m, p;

    @Override protected String caseName() { return "matmul"; }
    @Override protected void bind() {
        aArr = array(0); bArr = array(1); cArr = array(2);
        a = (double[]) aArr.data(); b = (double[]) bArr.data(); c = (double[]) cArr.data();
        n = aArr.shape(0); m = aArr.shape(1); p = bArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Matmul.plain(a, b, c, n, m, p); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(aArr, bArr, cArr); }
}

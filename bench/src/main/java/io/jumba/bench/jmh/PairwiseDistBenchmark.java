package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.PairwiseDist;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code pairwise_dist} case: n x n Euclidean distances between rows of an n x d array. */
public class PairwiseDistBenchmark extends CaseBenchmark {
    private NDArray xArr, outArr;
    private double[] x, out;
    private int n, d;

    @Override protected String caseName() { return "pairwise_dist"; }
    @Override protected void bind() {
        xArr = array(0); outArr = array(1); x = (double[]) xArr.data(); out = (double[]) outArr.data();
        n = xArr.shape(0); d = xArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { PairwiseDist.plain(x, out, n, d); }
    @Benchmark public void vectorApi() { PairwiseDist.vector(x, out, n, d); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xArr, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Mandelbrot;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code mandelbrot_prange} case: escape counts on an h x w grid, rows in parallel. */
public class MandelbrotPrangeBenchmark extends CaseBenchmark {
    private NDArray outArr;
    private int[] out;
    private double xmin, xmax, ymin, ymax;
    private long maxIter;
    private int h, w;

    @Override protected String caseName() { return "mandelbrot_prange"; }
    @Override protected void bind() {
        xmin = (Double) args[0]; xmax = (Double) args[1]; ymin = (Double) args[2]; ymax = (Double) args[3];
        maxIter = (Long) args[4];
        outArr = array(5); out = (int[]) outArr.data(); h = outArr.shape(0); w = outArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Mandelbrot.plainParallel(xmin, xmax, ymin, ymax, maxIter, out, h, w); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xmin, xmax, ymin, ymax, maxIter, outArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Mandelbrot;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code mandelbrot} case: escape counts on an h x w grid. */
public class MandelbrotBenchmark extends CaseBenchmark {
    private NDArray outArr;
    private int[] out;
    private double xmin, xmax, ymin, ymax;
    private long maxIter;
    private int h, w;

    @Override protected String caseName() { return "mandelbrot"; }
    @Override protected void bind() {
        xmin = (Double) args[0]; xmax = (Double) args[1]; ymin = (Double) args[2]; ymax = (Double) args[3];
        maxIter = (Long) args[4];
        outArr = array(5); out = (int[]) outArr.data(); h = outArr.shape(0); w = outArr.shape(1);
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Mandelbrot.plain(xmin, xmax, ymin, ymax, maxIter, out, h, w); }
    @Benchmark public void vectorApi() { Mandelbrot.vector(xmin, xmax, ymin, ymax, maxIter, out, h, w); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(xmin, xmax, ymin, ymax, maxIter, outArr); }
}

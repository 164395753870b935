package io.jumba.bench.baseline;

import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code mandelbrot} and {@code mandelbrot_prange} cases: escape counts on an h x w grid. */
public final class Mandelbrot {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Int lanes matching D's lane count, for storing the counts. */
    private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final DoubleVector IOTA = DoubleVector.zero(D).addIndex(1);

    private Mandelbrot() {}

    static int escapeCount(double x0, double y0, long maxIter) {
        double x = 0.0, y = 0.0;
        int n = 0;
        while (n < maxIter && x * x + y * y <= 4.0) {
            double xn = x * x - y * y + x0;
            y = 2.0 * x * y + y0;
            x = xn;
            n++;
        }
        return n;
    }

    /** {@code out} is h*w in row-major order. */
    public static void plain(double xmin, double xmax, double ymin, double ymax, long maxIter, int[] out, int h, int w) {
        for (int j = 0; j < h; j++) row(xmin, xmax, ymin, ymax, maxIter, out, h, w, j);
    }

    /** The row loop on a parallel stream, as a Java developer parallelises it. */
    public static void plainParallel(double xmin, double xmax, double ymin, double ymax, long maxIter, int[] out, int h, int w) {
        IntStream.range(0, h).parallel().forEach(j -> row(xmin, xmax, ymin, ymax, maxIter, out, h, w, j));
    }

    private static void row(double xmin, double xmax, double ymin, double ymax, long maxIter, int[] out, int h, int w, int j) {
        double dx = (xmax - xmin) / w, dy = (ymax - ymin) / h;
        double y0 = ymin + j * dy;
        for (int i = 0; i < w; i++) out[j * w + i] = escapeCount(xmin + i * dx, y0, maxIter);
    }

    /** Lanes run along a row; a lane stops updating once it escapes, the vector stops when all lanes have. */
    public static void vector(double xmin, double xmax, double ymin, double ymax, long maxIter, int[] out, int h, int w) {
        double dx = (xmax - xmin) / w, dy = (ymax - ymin) / h;
        int l = D.length();
        for (int j = 0; j < h; j++) {
            double y0 = ymin + j * dy;
            DoubleVector cy = DoubleVector.broadcast(D, y0);
            int i = 0;
            for (int upper = D.loopBound(w); i < upper; i += l) {
                DoubleVector cx = IOTA.add(i).mul(dx).add(xmin);
                DoubleVector x = DoubleVector.zero(D), y = x, count = x;
                VectorMask<Double> live = D.maskAll(true);
                for (long it = 0; it < maxIter; it++) {
                    DoubleVector xx = x.mul(x), yy = y.mul(y);
                    live = live.and(xx.add(yy).compare(VectorOperators.LE, 4.0));
                    if (!live.anyTrue()) break;
                    DoubleVector xn = xx.sub(yy).add(cx);
                    y = y.blend(x.mul(2.0).mul(y).add(cy), live);
                    x = x.blend(xn, live);
                    count = count.add(1.0, live);
                }
                ((IntVector) count.convertShape(VectorOperators.D2I, I, 0)).intoArray(out, j * w + i);
            }
            for (; i < w; i++) out[j * w + i] = escapeCount(xmin + i * dx, y0, maxIter);
        }
    }
}

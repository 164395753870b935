package io.jumba.array;

import java.util.SplittableRandom;

/** Arrays computed from a rule: {@code arange}, {@code linspace} and seeded random samples. */
final class Sequences {
    private Sequences() {}

    static NDArray arange(long start, long stop, long step) {
        if (step == 0) throw new ArithmeticException("division by zero");
        long span = Math.subtractExact(stop, start);
        // ceil(span / step) in exact integer arithmetic
        long length = Math.max(0, Math.floorDiv(span, step) + (Math.floorMod(span, step) != 0 ? 1 : 0));
        long[] values = new long[Math.toIntExact(length)];
        for (int i = 0; i < values.length; i++) values[i] = start + i * step;
        return NDArray.wrap(values);
    }

    static NDArray arange(double start, double stop, double step) {
        if (step == 0) throw new ArithmeticException("division by zero");
        double length = Math.ceil((stop - start) / step);
        if (Double.isNaN(length)) throw new IllegalArgumentException("arange: cannot compute length");
        double[] values = new double[(int) Math.max(0, Math.min(length, Integer.MAX_VALUE))];
        // NumPy fills with start + i * delta where delta = (start + step) - start, not step itself.
        double delta = (start + step) - start;
        for (int i = 0; i < values.length; i++) values[i] = i == 1 ? start + step : start + i * delta;
        return NDArray.wrap(values);
    }

    /** NumPy 1.24's {@code linspace} with endpoint=True, step by step, so results match to the last bit. */
    static NDArray linspace(double start, double stop, int num) {
        if (num < 0) throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        double[] y = new double[num];
        int div = num - 1;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < num; i++) {
            if (div > 0 && step == 0) y[i] = ((double) i / div) * delta + start;
            else if (div > 0) y[i] = i * step + start;
            else y[i] = i * delta + start;
        }
        if (num > 1) y[num - 1] = stop;
        return NDArray.wrap(y);
    }

    static NDArray random(long seed, boolean normal, int... shape) {
        NDArray a = NDArray.empty(DType.FLOAT64, shape);
        double[] data = (double[]) a.data();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < data.length; i++) data[i] = normal ? rng.nextGaussian() : rng.nextDouble();
        return a;
    }
}

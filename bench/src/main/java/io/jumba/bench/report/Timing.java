package io.jumba.bench.report;

import java.util.Arrays;

/**
 * A measured time per call in microseconds: the median and the spread — lowest sample, 10th and 90th percentiles,
 * highest sample. The percentiles are NaN where the source reports none.
 */
public record Timing(double medianUs, double minUs, double p10Us, double p90Us, double maxUs) {

    /** A timing known only by its median and extremes. */
    public Timing(double medianUs, double minUs, double maxUs) {
        this(medianUs, minUs, Double.NaN, Double.NaN, maxUs);
    }

    /**
     * The summary of samples (one per measurement iteration), percentiles taken as the Python timing scripts take
     * them: of n sorted samples, p10 is sample n/10 and p90 sample n-1-n/10; all NaN when there are none.
     */
    public static Timing of(double[] samplesUs) {
        double[] s = samplesUs.clone();
        Arrays.sort(s);
        int n = s.length;
        if (n == 0) return new Timing(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Timing(median, s[0], s[n / 10], s[n - 1 - n / 10], s[n - 1]);
    }
}

package dev.meshperf.results;

import org.HdrHistogram.Histogram;

/**
 * Whether a difference between two runs is larger than run-to-run noise, judged from the runs' own data: latency
 * percentiles by 95 % confidence intervals from order statistics of their histograms (they differ when the intervals
 * do not overlap), and error rates by a two-proportion z-test at the 95 % level.
 */
public final class Significance {

    private static final double Z95 = 1.96;
    static final int MIN_TAIL = 5;

    /** A 95 % confidence interval of a percentile, in milliseconds. */
    public record Interval(double lowMs, double highMs) {

        boolean overlaps(Interval other) {
            return lowMs <= other.highMs && other.lowMs <= highMs;
        }
    }

    private Significance() {
    }

    /**
     * The interval of ranks n·p ± 1.96·√(n·p·(1−p)), read back as values from the histogram; null for no data.
     */
    public static Interval percentileInterval(Histogram h, double percentile) {
        long n = h.getTotalCount();
        if (n == 0) {
            return null;
        }
        double p = percentile / 100.0;
        double spread = Z95 * Math.sqrt(n * p * (1 - p));
        double low = Math.max(0, (n * p - spread) / n * 100.0);
        double high = Math.min(100, (n * p + spread + 1) / n * 100.0);
        return new Interval(h.getValueAtPercentile(low) / 1000.0, h.getValueAtPercentile(high) / 1000.0);
    }

    /**
     * True when the 95 % intervals of the percentile do not overlap. With fewer than {@value #MIN_TAIL} expected values
     * on either side of the percentile (fewer than 500 values for p99) the normal approximation does not hold, and no
     * difference is claimed.
     */
    public static boolean percentilesDiffer(Histogram a, Histogram b, double percentile) {
        if (!enough(a, percentile) || !enough(b, percentile)) {
            return false;
        }
        Interval x = percentileInterval(a, percentile);
        Interval y = percentileInterval(b, percentile);
        return x != null && y != null && !x.overlaps(y);
    }

    private static boolean enough(Histogram h, double percentile) {
        double p = percentile / 100.0;
        return h.getTotalCount() * Math.min(p, 1 - p) >= MIN_TAIL;
    }

    /** Two-proportion z-test of errors/requests; false when either run has no requests. */
    public static boolean errorRatesDiffer(long errorsA, long requestsA, long errorsB, long requestsB) {
        if (requestsA == 0 || requestsB == 0) {
            return false;
        }
        double pa = (double) errorsA / requestsA;
        double pb = (double) errorsB / requestsB;
        double pooled = (double) (errorsA + errorsB) / (requestsA + requestsB);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / requestsA + 1.0 / requestsB));
        if (se == 0) {
            return pa != pb;
        }
        return Math.abs(pa - pb) / se > Z95;
    }
}

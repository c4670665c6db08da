package dev.meshperf.contracts.histogram;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.LatencyStats;

/** Statistics of a microsecond histogram, reported in milliseconds. */
public final class LatencyStatsCalculator {

    private static final double US_PER_MS = 1000.0;

    private LatencyStatsCalculator() {
    }

    /** Null for an empty histogram: there is nothing to report, and zeros would read as "instant". */
    public static LatencyStats of(Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return null;
        }
        return new LatencyStats(
                ms(h.getMinValue()),
                round(h.getMean() / US_PER_MS),
                round(h.getStdDeviation() / US_PER_MS),
                ms(h.getMaxValue()),
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(75)),
                ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)),
                ms(h.getValueAtPercentile(99.99)));
    }

    private static double ms(long micros) {
        return round(micros / US_PER_MS);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

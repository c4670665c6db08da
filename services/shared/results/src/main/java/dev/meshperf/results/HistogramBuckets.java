package dev.meshperf.results;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import dev.meshperf.contracts.api.HistogramBucket;
import dev.meshperf.contracts.api.LatencyPercentile;

/** Chart shapes of a microsecond histogram, in milliseconds. */
public final class HistogramBuckets {

    private HistogramBuckets() {
    }

    /** {@code buckets} bars on a logarithmic scale from the fastest to the slowest value; none for no data. */
    public static List<HistogramBucket> logarithmic(Histogram h, int buckets) {
        if (h.getTotalCount() == 0) {
            return new ArrayList<>();
        }
        return logarithmic(h, h.getMinValue(), h.getMaxValue(), buckets);
    }

    /**
     * {@code buckets} bars on a logarithmic scale over a given range of microseconds, so that two histograms (latency
     * and service time) can be drawn on the same bars; values outside the range count in the first or last bar.
     */
    public static List<HistogramBucket> logarithmic(Histogram h, long lowestUs, long highestUs, int buckets) {
        List<HistogramBucket> result = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return result;
        }
        double low = Math.max(1, lowestUs);
        double high = Math.max(low * 1.0001, h.highestEquivalentValue(highestUs) + 1);
        double ratio = Math.pow(high / low, 1.0 / buckets);
        double from = low;
        long counted = 0;
        for (int i = 0; i < buckets; i++) {
            double to = i == buckets - 1 ? high : from * ratio;
            long upTo = i == buckets - 1 ? h.getTotalCount() : countBelow(h, (long) to);
            long count = upTo - counted;
            counted = upTo;
            result.add(new HistogramBucket(round(from / 1000), round(to / 1000), count,
                    round(100.0 * count / h.getTotalCount())));
            from = to;
        }
        return result;
    }

    /** HdrHistogram's percentile spectrum, 5 points per halving of the distance to 100 %. */
    public static List<LatencyPercentile> spectrum(Histogram h) {
        List<LatencyPercentile> result = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return result;
        }
        for (HistogramIterationValue v : h.percentiles(5)) {
            result.add(new LatencyPercentile(round(v.getPercentileLevelIteratedTo()),
                    round(v.getValueIteratedTo() / 1000.0)));
            if (v.getPercentileLevelIteratedTo() >= 100.0) {
                break;
            }
        }
        return result;
    }

    private static long countBelow(Histogram h, long value) {
        return value <= h.getMinValue()
                ? 0
                : value > h.getMaxValue()
                        ? h.getTotalCount()
                        : h.getCountBetweenValues(0, value - 1);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

package dev.meshperf.results;

import java.time.Instant;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.api.SeriesPoint;
import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.histogram.SparseCounts;

/**
 * Collects one interval from every shard. Once all shards have reported it, the percentiles are taken and the
 * histogram is dropped, so a long test keeps only the intervals still in flight in memory. Two significant digits
 * suffice for a per-second chart.
 */
final class SeriesPointBuilder {

    private final long interval;
    private Instant end;
    private long requests;
    private long errors;
    private int shards;
    private Histogram latency = new Histogram(2);
    private boolean measured;
    private Double p50;
    private Double p90;
    private Double p99;

    SeriesPointBuilder(long interval) {
        this.interval = interval;
    }

    void add(Instant intervalEnd, Counters counters, SparseCounts intervalLatency,
            int shardCount) {
        if (intervalEnd != null && (end == null || intervalEnd.isAfter(end))) {
            end = intervalEnd;
        }
        requests += counters.requests();
        errors += counters.errors();
        if (intervalLatency != null && latency != null) {
            intervalLatency.addTo(latency);
            measured = true;
        }
        if (++shards >= shardCount) {
            seal();
        }
    }

    private void seal() {
        if (latency != null) {
            if (measured && latency.getTotalCount() > 0) {
                p50 = ms(latency, 50);
                p90 = ms(latency, 90);
                p99 = ms(latency, 99);
            }
            latency = null;
        }
    }

    /** Whether every shard has reported this interval. */
    boolean sealed() {
        return latency == null;
    }

    SeriesPoint build() {
        seal();
        return new SeriesPoint(interval, end, requests, errors, p50, p90, p99);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}

package dev.meshperf.results;

import java.time.Instant;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.histogram.HistogramCodec;

/** One interval of a run, every shard together: throughput, errors and latency percentiles in milliseconds. */
public record SeriesPoint(long interval, Instant end, long requests, long errors, double p50Ms, double p90Ms,
        double p99Ms) {

    static final class Builder {

        private final long interval;
        private Instant end;
        private long requests;
        private long errors;
        private final Histogram latency = HistogramCodec.newHistogram();

        Builder(long interval) {
            this.interval = interval;
        }

        void add(Instant intervalEnd, Counters counters, Histogram intervalLatency) {
            if (intervalEnd != null && (end == null || intervalEnd.isAfter(end))) {
                end = intervalEnd;
            }
            requests += counters.requests();
            errors += counters.errors();
            if (intervalLatency != null) {
                latency.add(intervalLatency);
            }
        }

        SeriesPoint build() {
            return new SeriesPoint(interval, end, requests, errors, ms(latency, 50), ms(latency, 90), ms(latency, 99));
        }

        private static double ms(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
        }
    }
}

package dev.meshperf.contracts.events;

/** Statistics of one histogram, in milliseconds. */
public record LatencyStats(
        double min,
        double mean,
        double stddev,
        double max,
        double p50,
        double p75,
        double p90,
        double p95,
        double p99,
        double p999,
        double p9999) {
}

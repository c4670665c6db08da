package dev.meshperf.contracts.api;

import java.time.Instant;

/**
 * One interval of a run, every shard together: throughput, errors and latency percentiles in milliseconds (null when
 * no latency was measured in it: a second without answers, or the per-second counts of a tool that gives latency only
 * at its end).
 */
public record SeriesPoint(long interval, Instant end, long requests, long errors, Double p50Ms, Double p90Ms,
        Double p99Ms) {
}

package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a test is now: its status, totals so far and the per-second points every shard has reported (after the
 * interval the client already has). What the gateway streams as server-sent events.
 *
 * @param warmupSeconds
 * the warm-up before the measured part, for a progress bar (null until the test's request has been seen)
 * @param durationSeconds
 * the measured part's length (null until the test's request has been seen)
 * @param dropped
 * requests that could not be sent so far
 * @param schedulingLagP99Ms
 * the 99th percentile of how late requests left so far (null when the generator does not report it)
 * @param loadGenerator
 * whether the load generator keeps up so far (null before the first sample)
 */
public record LiveProgress(
        String testId,
        String status,
        int shards,
        int shardsReported,
        long requests,
        long errors,
        Instant startAt,
        List<Point> points,
        Double warmupSeconds,
        Double durationSeconds,
        Long dropped,
        Double schedulingLagP99Ms,
        LoadGeneratorVerdict loadGenerator) {

    /** One second of the run, every shard together. */
    public record Point(long interval, Instant end, long requests, long errors, Double p50Ms, Double p90Ms,
            Double p99Ms) {
    }

    /** Progress with nothing measured yet: PENDING before analysis has seen the test. */
    public static LiveProgress pending(String testId) {
        return new LiveProgress(testId, "PENDING", 0, 0, 0, 0, null, List.of(), null, null, null, null, null);
    }

    @JsonIgnore
    public boolean finished() {
        return !"RUNNING".equals(status) && !"PENDING".equals(status);
    }
}

package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * Where a test is now: its status, totals so far and the per-second points every shard has reported (after the
 * interval the client already has). What the gateway streams as server-sent events.
 */
public record LiveProgress(
        String testId,
        String status,
        int shards,
        int shardsReported,
        long requests,
        long errors,
        Instant startAt,
        List<Point> points) {

    /** One second of the run, every shard together. */
    public record Point(long interval, Instant end, long requests, long errors, double p50Ms, double p90Ms,
            double p99Ms) {
    }

    public boolean finished() {
        return !"RUNNING".equals(status) && !"PENDING".equals(status);
    }
}

package dev.meshperf.contracts.events;

import java.time.Instant;

/**
 * The end of a test, published once by analysis.
 *
 * @param reason
 * why the test did not complete normally; null when COMPLETED
 * @param summary
 * null when no shard produced data
 */
public record TestCompleted(
        String testId,
        TestStatus status,
        String reason,
        ProfileRef profile,
        String generator,
        int shards,
        int shardsReported,
        Instant startedAt,
        Instant endedAt,
        Summary summary,
        SloVerdict slo) {
}

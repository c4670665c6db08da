package dev.meshperf.contracts.events;

import java.time.Instant;

/**
 * A request to stop a running test. It travels on {@code test.requested} (type
 * {@code dev.meshperf.test.cancel.v1}), keyed by test id and sent to every partition a shard of the test went to;
 * each runner stops its shards of the test within a second and ends them with a CANCELLED failure.
 */
public record TestCancel(String testId, Instant requestedAt, String reason) {
}

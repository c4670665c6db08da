package dev.meshperf.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.SloCheck;

/**
 * A request to run one shard of a test. A test with N shards is published as N records, one per shard; every
 * record carries the full snapshot of the spec so that a runner needs nothing else.
 *
 * @param startAt
 * the common wall-clock instant at which every shard starts its load
 * @param scheduleId
 * the schedule that fired this test, when it was not started by hand
 */
public record TestRequested(
        String testId,
        Instant requestedAt,
        Instant startAt,
        ShardRef shard,
        String generator,
        ProfileRef profile,
        LoadSpec spec,
        List<SloCheck> slos,
        Map<String, String> labels,
        String scheduleId) {
}

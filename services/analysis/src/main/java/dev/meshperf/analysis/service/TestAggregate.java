package dev.meshperf.analysis.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.results.SampleMerger;

/**
 * One open test in memory: its request (once it has arrived), its merged samples, its deadline, when each shard was
 * last heard from, and the first Kafka offset it holds uncommitted. Guard with itself.
 */
final class TestAggregate {

    final String testId;
    final SampleMerger merger = new SampleMerger();
    TestRequested request;
    Instant deadline;
    /** Set when the test must fail whatever its shards say, for example a malformed record. */
    String forcedFailure;
    boolean finished;
    /** Every shard has finished, but the request has not arrived: the test ends when it does, or at the deadline. */
    boolean awaitingRequest;
    /** When this instance last merged a sample of each shard (analysis' own clock). */
    final Map<Integer, Instant> lastHeard = new HashMap<>();
    /** Shards that went silent, with what is known of them, in shard order. */
    final Map<Integer, String> lost = new TreeMap<>();
    /** When this instance began following the test: a shard's silence is counted from here at the earliest. */
    final Instant followedSince = Instant.now();
    /** The partition of test.samples holding this test's samples, and the lowest offset merged: -1 when none. */
    int heldPartition = -1;
    long heldOffset = Long.MAX_VALUE;

    TestAggregate(String testId, Instant deadline) {
        this.testId = testId;
        this.deadline = deadline;
    }

    /** Keeps the offset of a merged sample, so that it is not committed before this test is stored. */
    void hold(int partition, long offset) {
        if (partition < 0) {
            return;
        }
        heldPartition = partition;
        heldOffset = Math.min(heldOffset, offset);
    }
}

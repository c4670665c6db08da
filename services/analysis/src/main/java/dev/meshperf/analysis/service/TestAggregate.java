package dev.meshperf.analysis.service;

import java.time.Instant;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.results.SampleMerger;

/**
 * One open test in memory: its request (once it has arrived), its merged samples and its deadline. Guard with itself.
 */
final class TestAggregate {

    final String testId;
    final SampleMerger merger = new SampleMerger();
    TestRequested request;
    Instant deadline;
    /** Set when the test must fail whatever its shards say, for example a malformed record. */
    String forcedFailure;
    boolean finished;
    /** Reopened after analysis restarted: samples acknowledged before the restart are not in the merge. */
    boolean recovered;
    /** Every shard has finished, but the request has not arrived: the test ends when it does, or at the deadline. */
    boolean awaitingRequest;

    TestAggregate(String testId, Instant deadline) {
        this.testId = testId;
        this.deadline = deadline;
    }
}

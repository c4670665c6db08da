package dev.meshperf.contracts.events;

import java.time.Instant;

/**
 * One interval (normally one second) of one shard. The last sample of a shard has {@code finalSample} set; a shard
 * that fails sends a final sample with a {@link Failure}.
 *
 * @param sequence
 * 0, 1, 2 … per shard; (testId, shard index, sequence) identifies a sample, so a redelivered sample is
 * counted once
 * @param approximate
 * the histograms were rebuilt from a percentile spectrum rather than recorded value by value
 * @param heartbeat
 * a sign of life of a shard whose generator reports only at the end (wrk, fortio, Nighthawk): nothing measured
 * (zero counters, no histograms), sent every few seconds while the shard runs so that a runner that dies is seen;
 * it takes its sequence number like any sample. Absent (null) on every other sample; readers that do not know it
 * merge zero counters, which changes no total
 */
public record TestSample(
        String testId,
        ShardRef shard,
        long sequence,
        boolean finalSample,
        String generator,
        Instant intervalStart,
        Instant intervalEnd,
        Counters counters,
        IntervalHistograms histograms,
        boolean approximate,
        Failure failure,
        String runner,
        Boolean heartbeat) {

    /** The sample without the optional heartbeat mark: every sample but a heartbeat. */
    public TestSample(String testId, ShardRef shard, long sequence, boolean finalSample, String generator,
            Instant intervalStart, Instant intervalEnd, Counters counters, IntervalHistograms histograms,
            boolean approximate, Failure failure, String runner) {
        this(testId, shard, sequence, finalSample, generator, intervalStart, intervalEnd, counters, histograms,
                approximate, failure, runner, null);
    }

    /** Whether this sample is a heartbeat (not named as a getter, so that JSON keeps the optional field alone). */
    public boolean heartbeatOnly() {
        return Boolean.TRUE.equals(heartbeat);
    }
}

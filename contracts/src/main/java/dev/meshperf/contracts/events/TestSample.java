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
        String runner) {
}

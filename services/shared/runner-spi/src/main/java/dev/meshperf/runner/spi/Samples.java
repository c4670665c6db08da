package dev.meshperf.runner.spi;

import java.time.Instant;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.IntervalHistograms;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;

/**
 * Builds the samples of one shard, numbering them 0, 1, 2 … so that every runner numbers the same way. Thread-safe:
 * heartbeats come from a timer while the shard's thread measures.
 */
public final class Samples {

    private final ShardRun run;
    private final String generator;
    private long nextSequence;
    private boolean ended;

    public Samples(ShardRun run, String generator) {
        this.run = run;
        this.generator = generator;
    }

    public synchronized TestSample interval(IntervalData data, boolean finalSample, boolean approximate) {
        ended |= finalSample;
        IntervalHistograms histograms = IntervalHistograms.of(HistogramCodec.encode(data.latency()),
                HistogramCodec.encode(data.serviceTime()), HistogramCodec.encode(data.schedulingLag()));
        return new TestSample(run.testId(), run.shard(), nextSequence++, finalSample, generator, data.start(),
                data.end(), data.counters(), histograms, approximate, null, RunnerIdentity.current());
    }

    /** The final sample of a shard that failed, with whatever it measured in its last interval. */
    public synchronized TestSample failure(Failure failure, IntervalData lastInterval) {
        ended = true;
        Instant now = Instant.now();
        Counters counters = lastInterval == null ? Counters.empty() : lastInterval.counters();
        IntervalHistograms histograms = lastInterval == null
                ? null
                : IntervalHistograms.of(HistogramCodec.encode(lastInterval.latency()),
                        HistogramCodec.encode(lastInterval.serviceTime()),
                        HistogramCodec.encode(lastInterval.schedulingLag()));
        Instant start = lastInterval == null ? now : lastInterval.start();
        Instant end = lastInterval == null ? now : lastInterval.end();
        return new TestSample(run.testId(), run.shard(), nextSequence++, true, generator, start, end, counters,
                histograms, false, failure, RunnerIdentity.current());
    }

    /**
     * Counters a generator reported while it runs ({@link Progress}), with no histograms; null once the final sample
     * is made.
     */
    public synchronized TestSample progress(Counters counters, Instant from, Instant to) {
        if (ended) {
            return null;
        }
        return new TestSample(run.testId(), run.shard(), nextSequence++, false, generator, from, to, counters, null,
                false, null, RunnerIdentity.current());
    }

    /**
     * A sign of life over {@code from} to {@code to}, measuring nothing; it takes the next sequence number. Null once
     * the final sample is made: nothing follows it.
     */
    public synchronized TestSample heartbeat(Instant from, Instant to) {
        if (ended) {
            return null;
        }
        return new TestSample(run.testId(), run.shard(), nextSequence++, false, generator, from, to, Counters.empty(),
                null, false, null, RunnerIdentity.current(), true);
    }

    public synchronized long sent() {
        return nextSequence;
    }
}

package dev.meshperf.runner.spi;

import java.time.Instant;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.IntervalHistograms;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;

/** Builds the samples of one shard, numbering them 0, 1, 2 … so that every runner numbers the same way. */
public final class Samples {

    private final ShardRun run;
    private final String generator;
    private long nextSequence;

    public Samples(ShardRun run, String generator) {
        this.run = run;
        this.generator = generator;
    }

    public TestSample interval(IntervalData data, boolean finalSample, boolean approximate) {
        IntervalHistograms histograms = IntervalHistograms.of(HistogramCodec.encode(data.latency()),
                HistogramCodec.encode(data.serviceTime()), HistogramCodec.encode(data.schedulingLag()));
        return new TestSample(run.testId(), run.shard(), nextSequence++, finalSample, generator, data.start(),
                data.end(), data.counters(), histograms, approximate, null, RunnerIdentity.current());
    }

    /** The final sample of a shard that failed, with whatever it measured in its last interval. */
    public TestSample failure(Failure failure, IntervalData lastInterval) {
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

    public long sent() {
        return nextSequence;
    }
}

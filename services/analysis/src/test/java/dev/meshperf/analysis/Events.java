package dev.meshperf.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.IntervalHistograms;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.SloCheck;

/** Requests and samples for analysis tests, shaped as runners send them. */
public final class Events {

    private Events() {
    }

    public static TestRequested request(String testId, int shard, int shards, int seconds, SloCheck... slos) {
        LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://127.0.0.1:9/")), "GET", List.of(),
                Map.of(), null, null, LoadModel.constant(100), 2, null, Duration.ofSeconds(seconds), null, null, null,
                null, null, null, Map.of());
        return new TestRequested(testId, Instant.now(), Instant.now(), new ShardRef(shard, shards), "native", null,
                spec, List.of(slos), Map.of(), null);
    }

    /** The same request as {@link #request}, started from a saved profile with the given name. */
    public static TestRequested fromProfile(String testId, String profileName, int seconds) {
        TestRequested r = request(testId, 0, 1, seconds);
        return new TestRequested(r.testId(), r.requestedAt(), r.startAt(), r.shard(), r.generator(),
                new ProfileRef(UUID.randomUUID().toString(), profileName, 1), r.spec(), r.slos(), r.labels(),
                r.scheduleId());
    }

    public static String newId() {
        return "t-" + UUID.randomUUID();
    }

    /** A sample whose latencies are the given milliseconds, all answered 200. */
    public static TestSample sample(String testId, int shard, int shards, long sequence, boolean last,
            long... latenciesMs) {
        Histogram h = HistogramCodec.newHistogram();
        for (long ms : latenciesMs) {
            h.recordValue(ms * 1000);
        }
        String encoded = HistogramCodec.encode(h);
        Instant start = Instant.now().minusSeconds(1);
        return new TestSample(testId, new ShardRef(shard, shards), sequence, last, "native", start, Instant.now(),
                new Counters(latenciesMs.length, 0, Map.of(), Map.of("200", (long) latenciesMs.length), 100, 200, 0,
                        0),
                IntervalHistograms.of(encoded, encoded, encoded), false, null, "runner-" + shard);
    }

    public static TestSample failure(String testId, int shard, int shards, long sequence, Failure failure) {
        return new TestSample(testId, new ShardRef(shard, shards), sequence, true, "native", Instant.now(),
                Instant.now(),
                Counters.empty(), null, false, failure, "runner-" + shard);
    }
}

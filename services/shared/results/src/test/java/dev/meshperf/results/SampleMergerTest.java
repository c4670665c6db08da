package dev.meshperf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.SeriesPoint;
import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.IntervalHistograms;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.spec.SloCheck;

class SampleMergerTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private static TestSample sample(int shard, int shards, long seq, boolean last, long requests, long errors,
            long... latenciesUs) {
        Histogram h = HistogramCodec.newHistogram();
        for (long v : latenciesUs) {
            h.recordValue(v);
        }
        String encoded = HistogramCodec.encode(h);
        return new TestSample("t", new ShardRef(shard, shards), seq, last, "native", T0.plusSeconds(seq),
                T0.plusSeconds(seq + 1),
                new Counters(requests, errors, Map.of(), Map.of("200", requests - errors, "503", errors), 10, 20, 0, 0),
                IntervalHistograms.of(encoded, encoded, encoded), false, null, "runner-" + shard);
    }

    @Test
    void missingSamplesOfAFinishedShardAreNamedWithTheSecondsTheyCover() {
        SampleMerger merger = new SampleMerger();
        for (long seq : new long[]{0, 1, 2, 6, 7}) {
            merger.accept(sample(0, 2, seq, false, 10, 0, 1000));
        }
        merger.accept(sample(0, 2, 9, true, 10, 0, 1000));
        for (long seq = 0; seq < 10; seq++) {
            merger.accept(sample(1, 2, seq, seq == 9, 10, 0, 1000));
        }

        assertThat(merger.complete()).isTrue();
        assertThat(merger.gaps()).containsExactly(
                "shard 0 (runner-0): samples 3 to 5 of 10 missing (between second 3 and second 7 of the run)",
                "shard 0 (runner-0): sample 8 of 10 missing (between second 8 and second 10 of the run)");
        assertThat(merger.coveredUntilSecond(0)).isEqualTo(10);
    }

    @Test
    void aHeartbeatKeepsItsSequenceButMeasuresNothing() {
        SampleMerger merger = new SampleMerger();
        TestSample beat = new TestSample("t", new ShardRef(0, 1), 0, false, "wrk2", T0.minusSeconds(5), T0,
                Counters.empty(), null, false, null, "runner-0", true);
        merger.accept(beat);
        merger.accept(sample(0, 1, 1, true, 100, 0, 2000));

        assertThat(merger.gaps()).as("the heartbeat fills its place in the sequence").isEmpty();
        assertThat(merger.totals().requests()).isEqualTo(100);
        assertThat(merger.series()).extracting(SeriesPoint::interval).as("the shard's first measured interval")
                .containsExactly(0L);
        assertThat(merger.firstIntervalStart()).as("a heartbeat is no measured span").isEqualTo(T0.plusSeconds(1));
        assertThat(merger.shardsHeardFrom()).containsExactly(0);
    }

    @Test
    void shardsAndIntervalsMergeExactlyAndDuplicatesCountOnce() {
        SampleMerger merger = new SampleMerger();
        assertThat(merger.accept(sample(0, 2, 0, false, 3, 0, 1000, 2000, 3000))).isTrue();
        assertThat(merger.accept(sample(1, 2, 0, false, 2, 1, 4000, 5000))).isTrue();
        assertThat(merger.accept(sample(0, 2, 0, false, 3, 0, 1000, 2000, 3000))).as("redelivered").isFalse();
        assertThat(merger.complete()).isFalse();
        merger.accept(sample(0, 2, 1, true, 1, 0, 6000));
        merger.accept(sample(1, 2, 1, true, 1, 0, 7000));

        assertThat(merger.complete()).isTrue();
        assertThat(merger.runners()).containsExactlyInAnyOrder("runner-0", "runner-1");
        assertThat(merger.duplicates()).isEqualTo(1);
        assertThat(merger.totals().requests()).isEqualTo(7);
        assertThat(merger.totals().statusCodes()).containsEntry("200", 6L).containsEntry("503", 1L);
        assertThat(merger.latency().getTotalCount()).isEqualTo(7);
        assertThat(merger.latency().getMaxValue()).isBetween(6995L, 7005L);
        assertThat(merger.series()).extracting(SeriesPoint::requests).as("the final samples carry the last interval")
                .containsExactly(5L, 2L);

        Summary summary = SummaryBuilder.build(merger, Duration.ofSeconds(2), 4.0);
        assertThat(summary.actualRps()).isEqualTo(3.5);
        assertThat(summary.latencyMs().p50()).isBetween(3.99, 4.01);

        SloVerdict verdict = SloEvaluator.evaluate(List.of(new SloCheck("latency.p99", "<=", 10),
                new SloCheck("errorRate", "<=", 10)), summary);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.checks().get(0).passed()).isTrue();
        assertThat(verdict.checks().get(1).actual()).isEqualTo(14.286);
        assertThat(verdict.checks().get(1).passed()).isFalse();
    }

    @Test
    void aBadHistogramIsRefusedByNameBeforeAnythingIsMerged() {
        SampleMerger merger = new SampleMerger();
        TestSample good = sample(0, 1, 0, false, 1, 0, 1000);
        TestSample bad = new TestSample("t", good.shard(), 0, false, "native", T0, T0, good.counters(),
                IntervalHistograms.of(good.histograms().latency(), "bm90IGEgaGlzdG9ncmFt", good.histograms().latency()),
                false, null, "runner-0");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> merger.accept(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("histograms.serviceTime:");
        assertThat(merger.totals().requests()).isZero();
        assertThat(merger.latency().getTotalCount()).isZero();
        assertThat(merger.accept(good)).as("the same shard and sequence is not taken as seen").isTrue();
    }

    @Test
    void aFailedShardIsRemembered() {
        SampleMerger merger = new SampleMerger();
        merger.accept(new TestSample("t", new ShardRef(0, 1), 0, true, "native", T0, T0, Counters.empty(), null,
                false, new Failure(FailureCode.TARGET_UNREACHABLE, "refused"), "runner-0"));
        assertThat(merger.complete()).isTrue();
        assertThat(merger.failures()).containsKey(0);
        assertThat(SummaryBuilder.build(merger, Duration.ofSeconds(1), null).latencyMs()).isNull();
        assertThat(SloEvaluator.evaluate(List.of(new SloCheck("latency.p99", "<", 1)),
                SummaryBuilder.build(merger, Duration.ofSeconds(1), null)).passed()).as("no data fails").isFalse();
    }

    @Test
    void heartbeatsBetweenPerSecondCountsDoNotShiftAShardsSeconds() {
        SampleMerger merger = new SampleMerger();
        // shard 0 beats first, shard 1 between its two seconds: each shard's seconds still meet the other's
        merger.accept(beat(0, 0));
        merger.accept(counts(0, 1, 0, 100));
        merger.accept(counts(0, 2, 1, 90));
        merger.accept(counts(1, 0, 0, 10));
        merger.accept(beat(1, 1));
        merger.accept(counts(1, 2, 1, 9));

        assertThat(merger.series()).extracting(SeriesPoint::interval).containsExactly(0L, 1L);
        assertThat(merger.series()).extracting(SeriesPoint::requests).containsExactly(110L, 99L);
        assertThat(merger.sealedSeries()).as("both shards reported both seconds").hasSize(2);
        assertThat(merger.series().get(0).p99Ms()).as("counts alone have no latency").isNull();
        assertThat(merger.gaps()).isEmpty();
    }

    private static TestSample beat(int shard, long seq) {
        return new TestSample("t", new ShardRef(shard, 2), seq, false, "wrk2", T0, T0.plusSeconds(2), Counters
                .empty(), null, false, null, "runner-" + shard, true);
    }

    private static TestSample counts(int shard, long seq, int second, long requests) {
        return new TestSample("t", new ShardRef(shard, 2), seq, false, "wrk2", T0.plusSeconds(second), T0
                .plusSeconds(second + 1), new Counters(requests, 0, Map.of(), Map.of("200", requests), 0, 0, 0, 0),
                null, false, null, "runner-" + shard);
    }
}

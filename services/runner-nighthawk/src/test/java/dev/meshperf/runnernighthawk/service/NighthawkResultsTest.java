package dev.meshperf.runnernighthawk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.nighthawk.Counter;
import dev.meshperf.contracts.nighthawk.Output;
import dev.meshperf.contracts.nighthawk.Percentile;
import dev.meshperf.contracts.nighthawk.Result;
import dev.meshperf.contracts.nighthawk.Statistic;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.RunFailure;

/** Nighthawk's Output, field by field, as its output.proto and docs describe it. */
class NighthawkResultsTest {

    private static Duration micros(long us) {
        return Duration.newBuilder().setSeconds(us / 1_000_000).setNanos((int) (us % 1_000_000) * 1000).build();
    }

    private static Percentile p(double fraction, long count, long us) {
        return Percentile.newBuilder().setPercentile(fraction).setCount(count).setDuration(micros(us)).build();
    }

    private static Counter counter(String name, long value) {
        return Counter.newBuilder().setName(name).setValue(value).build();
    }

    private static Result global() {
        return Result.newBuilder().setName("global")
                .setExecutionStart(Timestamp.newBuilder().setSeconds(1_800_000_000).setNanos(500_000_000))
                .setExecutionDuration(Duration.newBuilder().setSeconds(2))
                .addStatistics(Statistic.newBuilder().setId("sequencer.callback").setCount(1000)
                        .addPercentiles(p(0.0, 1, 100)).addPercentiles(p(0.5, 500, 800))
                        .addPercentiles(p(0.9, 900, 1500)).addPercentiles(p(0.99, 990, 4000))
                        .setMax(micros(9000)))
                .addStatistics(Statistic.newBuilder().setId("benchmark_http_client.request_to_response")
                        .setCount(1000).addPercentiles(p(0.5, 500, 600)).addPercentiles(p(1.0, 1000, 3000)))
                .addStatistics(Statistic.newBuilder().setId("sequencer.blocking").setCount(10)
                        .addPercentiles(p(1.0, 10, 50)))
                .addCounters(counter("benchmark.http_2xx", 960)).addCounters(counter("benchmark.http_5xx", 20))
                .addCounters(counter("benchmark.pool_connection_failure", 5))
                .addCounters(counter("benchmark.stream_resets", 3))
                .addCounters(counter("benchmark.pool_overflow", 12))
                .addCounters(counter("upstream_cx_tx_bytes_total", 70_000))
                .addCounters(counter("upstream_cx_rx_bytes_total", 150_000))
                .addCounters(counter("upstream_rq_total", 988)).build();
    }

    private static Output output() {
        return Output.newBuilder().addResults(Result.newBuilder().setName("worker_0"))
                .addResults(Result.newBuilder().setName("worker_1")).addResults(global()).build();
    }

    @Test
    void latencyServiceTimeAndBlockingComeFromTheirStatistics() {
        IntervalData data = NighthawkResults.toInterval(output(), Instant.EPOCH);
        Histogram latency = data.latency();

        assertThat(latency.getTotalCount()).isEqualTo(1000);
        assertThat(latency.getValueAtPercentile(50)).isBetween(799L, 801L);
        assertThat(latency.getValueAtPercentile(90)).isBetween(1499L, 1501L);
        assertThat(latency.getValueAtPercentile(99)).isBetween(3998L, 4002L);
        assertThat(latency.getMaxValue()).as("the 10 calls above p99 at the max").isBetween(8990L, 9010L);
        assertThat(data.serviceTime().getValueAtPercentile(50)).isBetween(599L, 601L);
        assertThat(data.serviceTime().getMaxValue()).isBetween(2995L, 3005L);
        assertThat(data.schedulingLag().getTotalCount()).isEqualTo(10);
    }

    @Test
    void executionStartAndDurationMakeTheInterval() {
        IntervalData data = NighthawkResults.toInterval(output(), Instant.EPOCH);

        assertThat(data.start()).isEqualTo(Instant.ofEpochSecond(1_800_000_000, 500_000_000));
        assertThat(data.end()).isEqualTo(Instant.ofEpochSecond(1_800_000_002, 500_000_000));
    }

    @Test
    void countersMapAsDocumented() {
        Counters c = NighthawkResults.counters(global());

        assertThat(c.statusCodes()).containsEntry("2xx", 960L).containsEntry("5xx", 20L).hasSize(2);
        assertThat(c.requests()).as("answered plus connection failures and resets").isEqualTo(960 + 20 + 5 + 3);
        assertThat(c.errors()).isEqualTo(20 + 5 + 3);
        assertThat(c.errorsByClass()).containsEntry("connect_refused", 5L).containsEntry("reset", 3L);
        assertThat(c.dropped()).as("pool overflow in open loop").isEqualTo(12);
        assertThat(c.bytesSent()).isEqualTo(70_000);
        assertThat(c.bytesReceived()).isEqualTo(150_000);
    }

    @Test
    void percentilesWithoutCountsUseTheFractions() {
        Result noCounts = Result.newBuilder().setName("global")
                .addStatistics(Statistic.newBuilder().setId("sequencer.callback").setCount(200)
                        .addPercentiles(Percentile.newBuilder().setPercentile(0.5).setDuration(micros(700)))
                        .setMax(micros(2000)))
                .build();
        Histogram latency = NighthawkResults.toInterval(Output.newBuilder().addResults(noCounts).build(),
                Instant.EPOCH).latency();

        assertThat(latency.getTotalCount()).isEqualTo(200);
        assertThat(latency.getValueAtPercentile(50)).isBetween(699L, 701L);
        assertThat(latency.getMaxValue()).isBetween(1995L, 2005L);
    }

    @Test
    void outputsWithoutWhatMeshperfNeedsFailWithTheReason() {
        assertThatThrownBy(() -> NighthawkResults.toInterval(Output.getDefaultInstance(), Instant.EPOCH))
                .isInstanceOf(RunFailure.class).hasMessageContaining("no result");
        Output workersOnly = Output.newBuilder().addResults(Result.newBuilder().setName("worker_0"))
                .addResults(Result.newBuilder().setName("worker_1")).build();
        assertThatThrownBy(() -> NighthawkResults.toInterval(workersOnly, Instant.EPOCH))
                .hasMessageContaining("no global one");
        Output noStats = Output.newBuilder().addResults(Result.newBuilder().setName("global")).build();
        assertThatThrownBy(() -> NighthawkResults.toInterval(noStats, Instant.EPOCH))
                .hasMessageContaining("sequencer.callback");
        Output disordered = Output.newBuilder().addResults(Result.newBuilder().setName("global")
                .addStatistics(Statistic.newBuilder().setId("sequencer.callback").setCount(10)
                        .addPercentiles(p(0.5, 5, 900)).addPercentiles(p(0.9, 9, 100))))
                .build();
        assertThatThrownBy(() -> NighthawkResults.toInterval(disordered, Instant.EPOCH))
                .hasMessageContaining("out of order");
    }
}

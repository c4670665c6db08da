package dev.meshperf.runnerfortio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerfortio.domain.FortioResult;

/** fortio's result JSON, field by field, as fortio documents it (the fixture has fortio 1.75's field set). */
class FortioResultsTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = FortioResultsTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsFortiosFields() throws IOException {
        FortioResult r = FortioResults.parse(fixture("fortio-http-result.json"));

        assertThat(r.runType()).isEqualTo("HTTP");
        assertThat(r.version()).isEqualTo("1.75.2");
        assertThat(r.actualQps()).isEqualTo(99.5);
        assertThat(r.actualDurationNanos()).isEqualTo(2_010_000_000L);
        assertThat(r.durationHistogram().count()).isEqualTo(200);
        assertThat(r.durationHistogram().data()).hasSize(4);
        assertThat(r.durationHistogram().percentiles()).hasSize(2);
        assertThat(r.retCodes()).containsEntry("503", 5L).containsEntry("-1", 2L);
        assertThat(r.socketCount()).isEqualTo(6);
    }

    @Test
    void bucketsBecomeTheLatencyHistogram() throws IOException {
        IntervalData data = FortioResults.toInterval(FortioResults.parse(fixture("fortio-http-result.json")),
                Instant.EPOCH, 0);
        Histogram latency = data.latency();

        assertThat(latency.getTotalCount()).isEqualTo(200);
        assertThat(latency.getValueAtPercentile(25)).isBetween(990L, 1001L);
        // fortio's own p50 is 1.5 ms (linear inside the 1-2 ms bucket): the spread agrees within a step
        assertThat(latency.getValueAtPercentile(50)).isBetween(1480L, 1520L);
        assertThat(latency.getValueAtPercentile(99)).isBetween(4990L, 5010L);
        assertThat(latency.getMaxValue()).isBetween(12490L, 12510L);
        assertThat(latency.getMinValue()).isGreaterThanOrEqualTo(400L);
        assertThat(data.serviceTime().getTotalCount()).isEqualTo(200);
        assertThat(data.schedulingLag().getTotalCount()).isZero();
    }

    @Test
    void startTimeAndActualDurationMakeTheInterval() throws IOException {
        IntervalData data = FortioResults.toInterval(FortioResults.parse(fixture("fortio-http-result.json")),
                Instant.EPOCH, 0);

        assertThat(data.start()).isEqualTo(Instant.parse("2026-12-03T10:00:00.5Z"));
        assertThat(data.end()).isEqualTo(Instant.parse("2026-12-03T10:00:02.51Z"));
    }

    @Test
    void retCodesSizesAndSocketsBecomeCounters() throws IOException {
        Counters c = FortioResults.counters(FortioResults.parse(fixture("fortio-http-result.json")), 10);

        assertThat(c.requests()).isEqualTo(200);
        assertThat(c.statusCodes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("200", 193L, "503", 5L));
        assertThat(c.errors()).as("5 x 503 and 2 without a response").isEqualTo(7);
        assertThat(c.errorsByClass()).containsExactlyEntriesOf(java.util.Map.of("other", 2L));
        assertThat(c.bytesReceived()).as("Sizes: mean x count").isEqualTo(120 * 200);
        assertThat(c.bytesSent()).isEqualTo(10 * 200);
        assertThat(c.reconnects()).as("6 sockets for 4 connections").isEqualTo(2);
    }

    @Test
    void grpcHealthCodesAreNotErrors() throws IOException {
        String grpc = fixture("fortio-http-result.json").replace("\"RunType\": \"HTTP\"", "\"RunType\": \"GRPC\"")
                .replace("{\"200\": 193, \"503\": 5, \"-1\": 2}", "{\"SERVING\": 190, \"NOT_SERVING\": 10}");
        Counters c = FortioResults.counters(FortioResults.parse(grpc), 0);

        assertThat(c.statusCodes()).containsEntry("SERVING", 190L).containsEntry("NOT_SERVING", 10L);
        assertThat(c.errors()).isEqualTo(10);
    }

    @Test
    void percentilesAreUsedWhenThereAreNoBuckets() throws IOException {
        String noBuckets = fixture("fortio-http-result.json").replaceAll(
                "(?s)\"Data\": \\[\\s*\\{\"Start\": 0\\.0004.*?\\],",
                "\"Data\": null,");
        Histogram latency = FortioResults.toInterval(FortioResults.parse(noBuckets), Instant.EPOCH, 0).latency();

        assertThat(latency.getTotalCount()).isEqualTo(200);
        assertThat(latency.getValueAtPercentile(50)).isBetween(1495L, 1505L);
        assertThat(latency.getMaxValue()).isBetween(12490L, 12510L);
    }

    @Test
    void fortiosErrorReplyGarbageAndInconsistentHistogramsFailWithTheReason() throws IOException {
        assertThatThrownBy(() -> FortioResults.parse("{\"Error\": \"Aborting because of error\", \"Exception\": "
                + "{\"Op\": \"dial\"}}")).isInstanceOf(RunFailure.class)
                .hasMessageContaining("fortio refused the run: Aborting because of error").hasMessageContaining("dial");
        assertThatThrownBy(() -> FortioResults.parse("panic: runtime error")).isInstanceOf(RunFailure.class)
                .hasMessageContaining("not JSON").hasMessageContaining("panic");
        assertThatThrownBy(() -> FortioResults.parse("{\"RunType\": \"HTTP\"}")).isInstanceOf(RunFailure.class)
                .hasMessageContaining("no DurationHistogram");
        String wrongCount = fixture("fortio-http-result.json").replace("\"Count\": 200,\n    \"Min\": 0.0004",
                "\"Count\": 201,\n    \"Min\": 0.0004");
        FortioResult inconsistent = FortioResults.parse(wrongCount);
        assertThatThrownBy(() -> FortioResults.toInterval(inconsistent, Instant.EPOCH, 0))
                .isInstanceOf(RunFailure.class).hasMessageContaining("buckets hold 200 calls but its Count is 201");
    }
}

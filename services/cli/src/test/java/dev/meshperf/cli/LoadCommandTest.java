package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.engine.testserver.LineServer;
import dev.meshperf.engine.testserver.TargetServer;

/** {@code ./meshperf load} end to end in this JVM, against real servers. */
class LoadCommandTest {

    private TargetServer target;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws InterruptedException {
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
    }

    private int run(String... args) {
        return LoadCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasTheRunReportFieldsAndCountsEveryRequest() throws Exception {
        int code = run(target.url("/?status=200"), "--rate", "100", "--duration", "2s", "-c", "2", "-t", "1",
                "--json", "--slo", "latency.p99<=5000");

        assertThat(code).as(stderr()).isZero();
        JsonNode json = EventJson.mapper().readTree(stdout());
        assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("generator").asText()).isEqualTo("native");
        assertThat(json.get("requests").asLong()).isBetween(199L, 201L).isEqualTo(target.answered());
        assertThat(json.get("requestedRps").asDouble()).isEqualTo(100.0);
        assertThat(json.get("statusCodes").get("200").asLong()).isEqualTo(json.get("requests").asLong());
        for (String field : new String[]{"testId", "shards", "errors", "durationSeconds", "actualRps"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        for (String stat : new String[]{"min", "mean", "stddev", "max", "p50", "p75", "p90", "p95", "p99", "p999",
                "p9999"}) {
            assertThat(json.get("latencyMs").has(stat)).as("latencyMs." + stat).isTrue();
            assertThat(json.get("serviceTimeMs").has(stat)).as("serviceTimeMs." + stat).isTrue();
        }
        assertThat(json.get("slo").get("passed").asBoolean()).isTrue();
    }

    @Test
    void aFailedSloExitsWithOneAndTheTableSaysSo() {
        int code = run(target.url("/?delay=20"), "--rate", "50", "--duration", "1s", "-c", "2", "-t", "1", "-q",
                "--slo", "latency.p50<1");

        assertThat(code).isEqualTo(1);
        assertThat(stdout()).contains("COMPLETED").contains("latency histogram").contains("FAILED (actual");
    }

    @Test
    void badInputNamesTheOptionAndExitsWithTwo() {
        assertThat(run(target.url("/"), "--rate", "0")).isEqualTo(2);
        assertThat(stderr()).contains("--rate (spec.load.rate): must be greater than 0");
        assertThat(run(target.url("/"), "--duration", "soon")).isEqualTo(2);
        assertThat(stderr()).contains("--duration: 'soon' is not a duration");
        assertThat(run(target.url("/"), "--protocol", "smtp")).isEqualTo(2);
        assertThat(stderr()).contains("--protocol: 'smtp' is not one of: http1, http2, h2c, grpc, tcp");
        assertThat(run("--rate", "5")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required parameter");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void tcpExchangesFromTheCommandLine() throws Exception {
        try (LineServer server = new LineServer()) {
            int code = run(server.url(), "--protocol", "tcp", "--tcp-payload", "PING\\n", "--tcp-delimiter", "\\n",
                    "--rate", "100", "--duration", "1s", "-c", "1", "-t", "1", "--json");
            assertThat(code).as(stderr()).isZero();
            assertThat(EventJson.mapper().readTree(stdout()).get("requests").asLong()).isBetween(99L, 101L)
                    .isEqualTo(server.lines());
        }
    }
}

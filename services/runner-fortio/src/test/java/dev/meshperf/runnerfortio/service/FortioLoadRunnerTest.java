package dev.meshperf.runnerfortio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerfortio.testserver.FakeFortioServer;
import dev.meshperf.runnerservice.testing.Specs;

/**
 * The fortio generator against a <b>fake</b> fortio server (fortio cannot be installed here; the fake speaks its REST
 * API and JSON) and against shell scripts standing in for the fortio binary.
 */
class FortioLoadRunnerTest {

    @TempDir
    Path dir;

    private FakeFortioServer fortio;
    private final List<TestSample> samples = new CopyOnWriteArrayList<>();

    /** What the shard sent, less its heartbeats (one every two seconds while it measures). */
    private List<TestSample> measured() {
        return samples.stream().filter(s -> !s.heartbeatOnly()).toList();
    }

    @BeforeEach
    void start() throws IOException {
        fortio = new FakeFortioServer();
    }

    @AfterEach
    void stop() {
        fortio.close();
    }

    private FortioLoadRunner throughServer(Duration grace) {
        return new FortioLoadRunner(new FortioServer(fortio.url()), grace, RunnerLimits.unlimited());
    }

    private TestSample runToEnd(FortioLoadRunner runner, ShardRun run) {
        RunHandle handle = runner.start(run, samples::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        assertThat(measured()).hasSize(1);
        return measured().get(0);
    }

    @Test
    void runsThroughTheRestApiAndConvertsTheAnswer() {
        ShardRun run = new ShardRun(Specs.request("fortio", Specs.withLoad(Specs.post("http://target:8080/", 1),
                LoadModel.constant(200))));
        TestSample sample = runToEnd(throughServer(Duration.ofSeconds(5)), run);

        assertThat(sample.failure()).isNull();
        assertThat(sample.approximate()).isTrue();
        assertThat(sample.generator()).isEqualTo("fortio");
        assertThat(sample.counters().requests()).isEqualTo(200);
        assertThat(sample.counters().statusCodes()).containsEntry("200", 200L);
        Histogram latency = HistogramCodec.decode(sample.histograms().latency());
        assertThat(latency.getTotalCount()).isEqualTo(200);
        assertThat(latency.getMaxValue()).isBetween(3990L, 4010L);
        JsonNode sent = fortio.runs().get(0);
        assertThat(sent.path("qps").asText()).isEqualTo("200");
        assertThat(sent.path("t").asText()).isEqualTo("1000ms");
        assertThat(sent.path("labels").asText()).contains(run.testId());
    }

    @Test
    void theWarmupIsASeparateRunLeftOutOfTheResult() {
        ShardRun run = new ShardRun(Specs.request("fortio", Specs.withWarmup(Specs.withLoad(
                Specs.post("http://target:8080/", 1), LoadModel.constant(100)), Duration.ofSeconds(1))));
        TestSample sample = runToEnd(throughServer(Duration.ofSeconds(5)), run);

        assertThat(fortio.runs()).hasSize(2);
        assertThat(sample.counters().requests()).isEqualTo(100);
    }

    @Test
    void describesTheServerAndRefusesWhatFortioCannotDo() {
        FortioLoadRunner runner = throughServer(Duration.ofSeconds(5));
        GeneratorInfo info = runner.describe();
        assertThat(info.available()).isTrue();
        assertThat(info.version()).contains(fortio.url());
        assertThat(info.protocols()).contains(Protocol.HTTP1, Protocol.HTTP2, Protocol.H2C, Protocol.GRPC);

        List<Violation> ramp = runner.unsupported(Specs.withLoad(Specs.post("http://h:1/", 1),
                new LoadModel(dev.meshperf.contracts.spec.LoadModelType.RAMP, null, 1.0, 10.0, null, null, null)));
        assertThat(ramp).extracting(Violation::field).containsExactly("spec.load.type");
        List<Violation> two = runner.unsupported(Specs.withEndpoints(Specs.post("http://h:1/", 1),
                List.of(dev.meshperf.contracts.spec.Endpoint.of("http://h:1/a"),
                        dev.meshperf.contracts.spec.Endpoint.of("http://h:1/b"))));
        assertThat(two).extracting(Violation::field).containsExactly("spec.endpoints");
    }

    @Test
    void fortiosRefusalEndsTheShardWithItsReason() {
        fortio.mode(FakeFortioServer.Mode.REFUSE);
        TestSample sample = runToEnd(throughServer(Duration.ofSeconds(5)),
                new ShardRun(Specs.request("fortio", Specs.post("http://target:8080/", 1))));

        assertThat(sample.failure().code()).isEqualTo(FailureCode.OTHER);
        assertThat(sample.failure().reason()).contains("fortio refused the run").contains("connection refused");
    }

    @Test
    void garbageFromTheServerEndsTheShard() {
        fortio.mode(FakeFortioServer.Mode.GARBAGE);
        TestSample sample = runToEnd(throughServer(Duration.ofSeconds(5)),
                new ShardRun(Specs.request("fortio", Specs.post("http://target:8080/", 1))));

        assertThat(sample.failure().reason()).contains("not JSON").contains("fortio UI");
    }

    @Test
    void aServerThatHangsPastTheGraceEndsTheShard() {
        fortio.mode(FakeFortioServer.Mode.HANG);
        TestSample sample = runToEnd(throughServer(Duration.ofSeconds(1)),
                new ShardRun(Specs.request("fortio", Specs.post("http://target:8080/", 1))));

        assertThat(sample.failure().reason()).contains("did not answer within 2 s");
    }

    @Test
    void anUnreachableServerIsUnavailableAndItsTestsFailWithTheReason() {
        FortioLoadRunner runner = new FortioLoadRunner(new FortioServer("http://127.0.0.1:1"), Duration.ofSeconds(1),
                RunnerLimits.unlimited());
        assertThat(runner.describe().available()).isFalse();
        assertThat(runner.describe().unavailableReason()).contains("unreachable");
        assertThatThrownBy(() -> runner.start(new ShardRun(Specs.request("fortio", Specs.post("http://t:1/", 1))),
                samples::add)).isInstanceOf(RunFailure.class).hasMessageContaining("unreachable")
                .extracting(e -> ((RunFailure) e).code()).isEqualTo(FailureCode.GENERATOR_UNAVAILABLE);
    }

    @Test
    void theBinaryPrintsItsJsonOnStdout() throws IOException {
        String json = FortioResultsTest.fixture("fortio-http-result.json");
        Files.writeString(dir.resolve("result.json"), json);
        FortioLoadRunner runner = withBinary("cat '" + dir.resolve("result.json") + "'; echo 'fortio log' >&2",
                Duration.ofSeconds(5));
        assertThat(runner.describe().version()).isEqualTo("1.75.2");

        TestSample sample = runToEnd(runner, new ShardRun(Specs.request("fortio", Specs.post("http://t:1/", 1))));
        assertThat(sample.failure()).isNull();
        assertThat(sample.counters().requests()).isEqualTo(200);
        assertThat(sample.counters().errors()).isEqualTo(7);
    }

    @Test
    void aCrashingBinaryEndsTheShardWithItsLastWords() throws IOException {
        TestSample sample = runToEnd(withBinary("echo 'panic: nil map' >&2; exit 2", Duration.ofSeconds(5)),
                new ShardRun(Specs.request("fortio", Specs.post("http://t:1/", 1))));

        assertThat(sample.failure().reason()).contains("fortio exited with code 2").contains("panic: nil map");
    }

    @Test
    void aHangingBinaryIsKilledWithItsChildren() throws IOException {
        TestSample sample = runToEnd(withBinary("\"$0\" child-of-fake & sleep 600", Duration.ofSeconds(1)),
                new ShardRun(Specs.request("fortio", Specs.post("http://t:1/", 1))));

        assertThat(sample.failure().reason()).contains("still running").contains("killed");
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().orElse("").contains(dir.toString())));
    }

    @Test
    void withoutBinaryOrServerFortioIsUnavailable() {
        FortioLoadRunner runner = new FortioLoadRunner(new FortioBinary("/nowhere/fortio"), Duration.ofSeconds(1),
                RunnerLimits.unlimited());
        assertThat(runner.describe().available()).isFalse();
        assertThat(runner.describe().unavailableReason()).contains("no fortio binary").contains("server-url");
        assertThat(runner.unavailable()).contains(new Violation("generator", "fortio is unavailable: no fortio "
                + "binary ('/nowhere/fortio') is installed on this runner and no fortio server is configured "
                + "(meshperf.fortio.server-url)"));
        assertThatThrownBy(() -> runner.start(new ShardRun(Specs.request("fortio", Specs.withLoad(Specs.post(
                "http://t:1/", 1),
                new LoadModel(dev.meshperf.contracts.spec.LoadModelType.RAMP, null, 1.0, 10.0, null, null,
                        null)))),
                samples::add)).isInstanceOf(RunFailure.class)
                .hasMessage(runner.unavailable().orElseThrow().reason());
    }

    /** A script answering {@code version} like fortio 1.75.2 and running {@code body} for {@code load}. */
    private FortioLoadRunner withBinary(String body, Duration grace) throws IOException {
        Path script = dir.resolve("fortio");
        Files.writeString(script, "#!/bin/bash\n"
                + "if [[ \"$1\" == version ]]; then echo '1.75.2 2026-07-09 45e18710 go1.24 amd64 linux'; exit 0; fi\n"
                + "if [[ \"$1\" == child-of-fake ]]; then exec sleep 600; fi\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new FortioLoadRunner(new FortioBinary(script.toString()), grace, RunnerLimits.unlimited());
    }
}

package dev.meshperf.runnerwrk2.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.runner.spi.CounterSums;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerservice.testing.Specs;

/**
 * The wrk2 generator with Debian's real {@code wrk} against a real HTTP server. The misbehaving binaries (one that
 * crashes, one that prints garbage, one that hangs) are shell scripts standing in for a broken wrk: the real one
 * cannot be made to fail that way on purpose.
 */
class WrkLoadRunnerTest {

    @TempDir
    Path dir;

    private TargetServer target;
    private final List<TestSample> samples = new CopyOnWriteArrayList<>();

    /** The shard's final sample (before it: heartbeats, and what wrk counted each second). */
    private List<TestSample> measured() {
        return samples.stream().filter(TestSample::finalSample).toList();
    }

    /** Everything the shard counted: its progress samples and its final sample together. */
    private Counters counted() {
        return samples.stream().map(TestSample::counters).reduce(Counters.empty(), CounterSums::plus);
    }

    @BeforeEach
    void start() throws InterruptedException {
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
    }

    private static WrkLoadRunner realWrk() {
        return new WrkLoadRunner("no-such-wrk2", "wrk", Duration.ofSeconds(10), Optional.empty(),
                RunnerLimits.unlimited());
    }

    @Test
    void announcesWrkWithMaxRateOnly() {
        GeneratorInfo info = realWrk().describe();

        assertThat(info.available()).isTrue();
        assertThat(info.version()).startsWith("wrk ").contains("4.");
        assertThat(info.protocols()).containsExactly(Protocol.HTTP1);
        assertThat(info.loadModels()).containsExactly(LoadModelType.MAX);
    }

    @Test
    void runsRealWrkAndPassesMethodHeadersCookiesAndBody() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.post(target.url("/echo?size=100"), 2)));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        assertThat(measured()).hasSize(1);
        TestSample sample = measured().get(0);
        assertThat(sample.failure()).isNull();
        assertThat(sample.finalSample()).isTrue();
        assertThat(sample.approximate()).isTrue();
        assertThat(sample.generator()).isEqualTo("wrk2");
        Counters counted = counted();
        assertThat(counted.requests()).isGreaterThan(100);
        assertThat(counted.statusCodes().get("200")).isEqualTo(counted.requests());
        assertThat(counted.errors()).isZero();
        assertThat(counted.bytesReceived()).isGreaterThan(100 * counted.requests());
        assertThat(Duration.between(sample.intervalStart(), sample.intervalEnd()).toMillis()).isBetween(1900L,
                2600L);
        Histogram latency = HistogramCodec.decode(sample.histograms().latency());
        assertThat(latency.getTotalCount()).as("the final sample's histogram holds every request")
                .isEqualTo(counted.requests());
        assertThat(latency.getValueAtPercentile(50)).isPositive();
        assertThat(target.answered(200)).isGreaterThanOrEqualTo(counted.requests());

        TargetServer.Seen seen = target.lastRequest();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.uri()).isEqualTo("/echo?size=100");
        // header bytes go out as UTF-8; the server reads header bytes as ISO-8859-1
        String sent = new String("wrk \"quoted\" é".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(seen.headers()).containsEntry("X-Meshperf-Test", sent)
                .containsEntry("Content-Type", "application/json");
        assertThat(seen.headers().get("Cookie")).contains("session=abc").contains("lang=en");
        assertThat(seen.body()).isEqualTo("{\"hello\":\"wrk\"}");
    }

    @Test
    void countsErrorStatusesPerCode() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.post(target.url("/?status=503"), 1)));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        TestSample sample = measured().get(0);
        assertThat(counted().statusCodes()).containsOnlyKeys("503");
        assertThat(counted().errors()).isEqualTo(counted().requests()).isPositive();
    }

    @Test
    void leavesTheWarmupOutOfTheResult() {
        ShardRun run = new ShardRun(Specs.request("wrk2",
                Specs.withWarmup(Specs.post(target.url("/"), 1), Duration.ofSeconds(1))));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        TestSample sample = measured().get(0);
        assertThat(sample.failure()).isNull();
        assertThat(target.answered()).as("the warm-up's requests reached the target too")
                .isGreaterThan(counted().requests() + 50);
    }

    @Test
    void whileWrkMeasuresTheShardSendsHeartbeatsNumberedBeforeItsFinalSample() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.post(target.url("/"), 5)));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        List<TestSample> beats = samples.stream().filter(TestSample::heartbeatOnly).toList();
        assertThat(beats).as("one every 2 s over a 5 s run").hasSizeBetween(2, 3);
        assertThat(beats).allSatisfy(b -> {
            assertThat(b.counters().requests()).isZero();
            assertThat(b.histograms()).isNull();
            assertThat(b.finalSample()).isFalse();
        });
        TestSample last = samples.get(samples.size() - 1);
        assertThat(last.finalSample()).isTrue();
        assertThat(samples).extracting(TestSample::sequence).as("0, 1, 2 ... with the final sample last")
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, samples.size()).boxed().toList());
    }

    @Test
    void whileWrkRunsWhatItCountsEachSecondIsSentAndTheFinalSampleCarriesOnlyTheRest() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.post(target.url("/"), 4)));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        List<TestSample> progress = samples.stream()
                .filter(s -> !s.finalSample() && !s.heartbeatOnly() && s.counters().requests() > 0).toList();
        assertThat(progress).as("a kill loses at most the last second: wrk's counts come while it runs")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(progress).allSatisfy(p -> assertThat(p.histograms()).isNull());
        TestSample last = measured().get(0);
        long told = progress.stream().mapToLong(p -> p.counters().requests()).sum();
        long total = told + last.counters().requests();
        assertThat(HistogramCodec.decode(last.histograms().latency()).getTotalCount())
                .as("wrk's own total, counted once over the progress and the final sample").isEqualTo(total);
        assertThat(last.counters().requests()).isLessThan(total);
    }

    @Test
    void refusesWhatWrkCannotDoNamingTheOption() {
        List<Violation> constant = realWrk().unsupported(Specs.withLoad(Specs.post("http://h:1/", 1),
                LoadModel.constant(100)));
        assertThat(constant).extracting(Violation::field).containsExactly("spec.load.type");
        assertThat(constant.get(0).reason()).contains("needs wrk2");

        List<Violation> http2 = realWrk().unsupported(Specs.withProtocol(Specs.post("https://h:1/", 1),
                Protocol.HTTP2));
        assertThat(http2).extracting(Violation::field).containsExactly("spec.protocol");
        List<Violation> grpc = realWrk().unsupported(Specs.withProtocol(Specs.post("grpc://h:1", 1), Protocol.GRPC));
        assertThat(grpc).extracting(Violation::field).containsExactly("spec.protocol");

        List<Violation> twoHosts = realWrk().unsupported(Specs.withEndpoints(Specs.post("http://a:1/", 1),
                List.of(dev.meshperf.contracts.spec.Endpoint.of("http://a:1/x"),
                        dev.meshperf.contracts.spec.Endpoint.of("http://b:1/y"))));
        assertThat(twoHosts).extracting(Violation::field).containsExactly("spec.endpoints[1]");
    }

    @Test
    void aConstantRateRequestFailsWithTheReasonWhenOnlyWrkIsInstalled() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.withLoad(Specs.post(target.url("/"), 1),
                LoadModel.constant(50))));
        try {
            realWrk().start(run, samples::add);
        } catch (dev.meshperf.runner.spi.RunFailure refused) {
            assertThat(refused.code()).isEqualTo(FailureCode.UNSUPPORTED);
            assertThat(refused.getMessage()).contains("spec.load.type").contains("needs wrk2");
            return;
        }
        throw new AssertionError("a constant rate was accepted without wrk2");
    }

    @Test
    void anUnreachableTargetFailsTheShard() {
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.post("http://127.0.0.1:1/", 1)));
        RunHandle handle = realWrk().start(run, samples::add);

        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        assertThat(measured().get(0).failure().code()).as(measured().get(0).failure().reason())
                .isEqualTo(FailureCode.TARGET_UNREACHABLE);
        assertThat(measured().get(0).failure().reason()).contains("unable to connect");
    }

    @Test
    void aMissingBinaryIsUnavailableAndItsTestIsRefusedWithThatCauseAlone() {
        WrkLoadRunner none = new WrkLoadRunner("no-such-wrk2", "/nowhere/wrk", Duration.ofSeconds(1),
                Optional.empty(), RunnerLimits.unlimited());
        String cause = "neither wrk2 nor wrk is installed on this runner (meshperf.wrk.wrk2-binary 'no-such-wrk2', "
                + "meshperf.wrk.wrk-binary '/nowhere/wrk')";
        GeneratorInfo info = none.describe();
        assertThat(info.available()).isFalse();
        assertThat(info.unavailableReason()).isEqualTo(cause);
        assertThat(none.unavailable()).contains(new Violation("generator", "wrk2 is unavailable: " + cause));

        // a constant rate over h2c would list two options wrk cannot honour; the missing tool is all that is said
        ShardRun run = new ShardRun(Specs.request("wrk2", Specs.withProtocol(Specs.withLoad(
                Specs.post(target.url("/"), 1), LoadModel.constant(100)), Protocol.H2C)));
        assertThatThrownBy(() -> none.start(run, samples::add)).isInstanceOfSatisfying(RunFailure.class, refused -> {
            assertThat(refused.code()).isEqualTo(FailureCode.GENERATOR_UNAVAILABLE);
            assertThat(refused.getMessage()).isEqualTo("wrk2 is unavailable: " + cause);
        });
        assertThat(samples).isEmpty();
    }

    @Test
    void aCrashingBinaryFailsTheShardWithItsLastWords() throws IOException {
        Path wrk = fakeWrk("echo 'PANIC: unprotected error in call to Lua API' >&2; exit 3");
        TestSample sample = runWith(wrk, 1);

        assertThat(sample.failure().code()).isEqualTo(FailureCode.OTHER);
        assertThat(sample.failure().reason()).contains("exited with code 3").contains("PANIC");
    }

    @Test
    void garbageOutputFailsTheShard() throws IOException {
        Path wrk = fakeWrk("echo 'Running 1s test'; echo 'MESHPERF-RESULT {not json'; exit 0");
        TestSample sample = runWith(wrk, 1);

        assertThat(sample.failure().reason()).contains("unreadable result line");
    }

    @Test
    void aHangingBinaryIsKilledWithItsChildrenAfterTheGrace() throws IOException {
        Path wrk = fakeWrk("\"$0\" child-of-fake & sleep 600");
        long started = System.nanoTime();
        TestSample sample = runWith(wrk, 1);

        assertThat(sample.failure().reason()).contains("still running").contains("killed");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isBetween(2L, 20L);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().orElse("").contains(dir.toString())));
    }

    @Test
    void cancelKillsTheBinary() throws IOException {
        Path wrk = fakeWrk("sleep 600");
        WrkLoadRunner runner = new WrkLoadRunner("no-such-wrk2", wrk.toString(), Duration.ofSeconds(60),
                Optional.empty(), RunnerLimits.unlimited());
        RunHandle handle = runner.start(new ShardRun(Specs.request("wrk2", Specs.post(target.url("/"), 30))),
                samples::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().commandLine().orElse("").contains(dir.toString())));

        handle.cancel();

        await().atMost(Duration.ofSeconds(10)).until(() -> handle.completion().isDone());
        assertThat(measured().get(0).failure().code()).isEqualTo(FailureCode.CANCELLED);
        assertThat(ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().orElse("").contains(dir.toString()))).isTrue();
    }

    private TestSample runWith(Path wrk, int seconds) {
        WrkLoadRunner runner = new WrkLoadRunner("no-such-wrk2", wrk.toString(), Duration.ofSeconds(2),
                Optional.empty(), RunnerLimits.unlimited());
        RunHandle handle = runner.start(new ShardRun(Specs.request("wrk2", Specs.post(target.url("/"), seconds))),
                samples::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        assertThat(measured()).hasSize(1);
        return measured().get(0);
    }

    /** A script that answers {@code -v} like wrk 4.1.0 and otherwise runs {@code body}. */
    private Path fakeWrk(String body) throws IOException {
        Path script = dir.resolve("wrk");
        Files.writeString(script, "#!/bin/bash\n"
                + "if [[ \"$1\" == -v ]]; then echo 'wrk 4.1.0 [epoll] Copyright (C) 2012 Will Glozer'; exit 1; fi\n"
                + "if [[ \"$1\" == child-of-fake ]]; then exec sleep 600; fi\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}

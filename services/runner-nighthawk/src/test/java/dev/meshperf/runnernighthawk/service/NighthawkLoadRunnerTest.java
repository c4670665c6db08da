package dev.meshperf.runnernighthawk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.nighthawk.MutinyNighthawkServiceGrpc;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnernighthawk.testserver.InTestNighthawk;
import dev.meshperf.runnerservice.testing.Specs;

/** The nighthawk generator over real gRPC against an in-test NighthawkService (Nighthawk cannot run here). */
class NighthawkLoadRunnerTest {

    private InTestNighthawk nighthawk;
    private ManagedChannel channel;
    private final List<TestSample> samples = new CopyOnWriteArrayList<>();

    /** What the shard sent, less its heartbeats (one every two seconds while it measures). */
    private List<TestSample> measured() {
        return samples.stream().filter(s -> !s.heartbeatOnly()).toList();
    }

    @BeforeEach
    void start() throws IOException {
        nighthawk = new InTestNighthawk();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", nighthawk.port()).usePlaintext().build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        nighthawk.close();
    }

    private NighthawkLoadRunner runner(int port, Duration grace) {
        return new NighthawkLoadRunner(MutinyNighthawkServiceGrpc.newMutinyStub(channel), "127.0.0.1", port, 1,
                grace, RunnerLimits.unlimited());
    }

    private static TestRequested constant(double rate, int threads) {
        LoadSpec base = Specs.withLoad(Specs.post("http://target:8080/", 1), LoadModel.constant(rate));
        return Specs.request("nighthawk", new LoadSpec(base.protocol(), base.endpoints(), base.method(),
                base.headers(), base.cookies(), base.body(), base.contentType(), base.load(), 4, threads,
                base.duration(), base.warmup(), base.requestTimeout(), base.tls(), base.grpc(), base.tcp(),
                base.mesh(), base.generatorOptions()));
    }

    private TestSample runToEnd(NighthawkLoadRunner runner, TestRequested request) {
        RunHandle handle = runner.start(new ShardRun(request), samples::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> handle.completion().isDone());
        assertThat(measured()).hasSize(1);
        return measured().get(0);
    }

    @Test
    void theTotalRateIsSentAsPerWorkerRateAndComesBackWhole() {
        TestSample sample = runToEnd(runner(nighthawk.port(), Duration.ofSeconds(5)), constant(200, 4));

        assertThat(sample.failure()).isNull();
        assertThat(sample.approximate()).isTrue();
        assertThat(nighthawk.received()).hasSize(1);
        assertThat(nighthawk.received().get(0).getRequestsPerSecond().getValue()).isEqualTo(50);
        assertThat(nighthawk.received().get(0).getConcurrency().getValue()).isEqualTo("4");
        assertThat(nighthawk.received().get(0).getConnections().getValue()).isEqualTo(1);
        assertThat(sample.counters().requests()).as("50/s x 4 workers x 1 s: the total asked for").isEqualTo(200);
        assertThat(sample.counters().statusCodes()).containsEntry("2xx", 200L);
    }

    @Test
    void anExecutionErrorEndsTheShardWithNighthawksMessage() {
        nighthawk.mode(InTestNighthawk.Mode.ERROR);
        TestSample sample = runToEnd(runner(nighthawk.port(), Duration.ofSeconds(5)), constant(10, 1));

        assertThat(sample.failure().code()).isEqualTo(FailureCode.OTHER);
        assertThat(sample.failure().reason()).contains("Nighthawk failed the execution").contains("Unknown failure");
    }

    @Test
    void aServiceThatNeverAnswersEndsTheShardAfterTheGrace() {
        nighthawk.mode(InTestNighthawk.Mode.HANG);
        TestSample sample = runToEnd(runner(nighthawk.port(), Duration.ofSeconds(1)), constant(10, 1));

        assertThat(sample.failure().reason()).contains("did not answer within 2 s");
    }

    @Test
    void cancelStopsWaiting() {
        nighthawk.mode(InTestNighthawk.Mode.HANG);
        RunHandle handle = runner(nighthawk.port(), Duration.ofSeconds(60)).start(new ShardRun(constant(10, 1)),
                samples::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> !nighthawk.received().isEmpty());

        handle.cancel();

        await().atMost(Duration.ofSeconds(10)).until(() -> handle.completion().isDone());
        assertThat(measured().get(0).failure().code()).isEqualTo(FailureCode.CANCELLED);
    }

    @Test
    void describesTheServiceAndRefusesWhatNighthawkCannotDo() {
        NighthawkLoadRunner runner = runner(nighthawk.port(), Duration.ofSeconds(5));
        assertThat(runner.describe().available()).isTrue();

        List<Violation> max = runner.unsupported(Specs.post("http://h:1/", 1));
        assertThat(max).extracting(Violation::field).containsExactly("spec.load.type");
        assertThat(max.get(0).reason()).contains("needs a rate");
        List<Violation> grpc = runner.unsupported(Specs.withProtocol(Specs.withLoad(Specs.post("grpc://h:1", 1),
                LoadModel.constant(5)), dev.meshperf.contracts.spec.Protocol.GRPC));
        assertThat(grpc).extracting(Violation::field).containsExactly("spec.protocol");
    }

    @Test
    void anUnreachableServiceIsUnavailableAndItsTestsAreRefusedWithTheReason() {
        NighthawkLoadRunner runner = runner(1, Duration.ofSeconds(1));

        assertThat(runner.describe().available()).isFalse();
        assertThat(runner.describe().unavailableReason()).contains("127.0.0.1:1").contains("unreachable");
        assertThatThrownBy(() -> runner.start(new ShardRun(constant(10, 1)), samples::add))
                .isInstanceOf(RunFailure.class).hasMessageStartingWith("nighthawk is unavailable: nighthawk_service "
                        + "at 127.0.0.1:1 is unreachable (")
                .extracting(e -> ((RunFailure) e).code())
                .isEqualTo(FailureCode.GENERATOR_UNAVAILABLE);
    }
}

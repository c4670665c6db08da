package dev.meshperf.engine.run;

import static dev.meshperf.engine.run.Specs.shard;
import static dev.meshperf.engine.run.Specs.single;
import static dev.meshperf.engine.run.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.egress.AddressBlock;
import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.spec.Arrival;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.RateStep;
import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;

/** The native runner against a real HTTP server on loopback. */
class NativeLoadRunnerTest {

    private static LoadEngine engine;
    private static NativeLoadRunner runner;
    private TargetServer target;

    @BeforeAll
    static void engine() {
        engine = new LoadEngine(2);
        runner = new NativeLoadRunner(engine, RunnerLimits.unlimited());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void target() throws InterruptedException {
        target = new TargetServer();
    }

    @AfterEach
    void stopTarget() {
        target.close();
    }

    private Collected run(ShardRun run) {
        Collected collected = new Collected();
        runner.start(run, collected).completion().join();
        return collected;
    }

    @Test
    void constantRateSendsRateTimesDurationAndNumbersItsSamples() {
        Collected c = run(single(spec(LoadModel.constant(200), 4, Duration.ofSeconds(3), target.url("/"))));

        assertThat(c.requests()).isBetween(599L, 601L);
        assertThat(c.requests()).isEqualTo(target.answered());
        assertThat(c.errors()).isZero();
        assertThat(c.dropped()).isZero();
        assertThat(c.status("200")).isEqualTo(c.requests());
        assertThat(c.latency().getTotalCount()).isEqualTo(c.requests());
        assertThat(c.samples).extracting(TestSample::sequence)
                .containsExactlyElementsOf(LongStream.range(0, c.samples.size()).boxed().toList());
        assertThat(c.samples).filteredOn(TestSample::finalSample).containsExactly(c.last());
        assertThat(c.samples.size()).isBetween(3, 5);
        assertThat(c.samples.get(0).counters().bytesSent()).isPositive();
        assertThat(c.samples.get(0).counters().bytesReceived()).isPositive();
    }

    /**
     * Each event loop closes its own intervals at the second boundaries; merged, they are whole contiguous seconds,
     * each holding one second of arrivals, and the final one takes the rest.
     */
    @Test
    void intervalsAreContiguousWholeSecondsOfArrivals() {
        Collected c = run(single(spec(LoadModel.constant(400), 4, Duration.ofSeconds(4), target.url("/"))));

        List<TestSample> periodic = c.samples.stream().filter(s -> !s.finalSample()).toList();
        assertThat(periodic).hasSizeBetween(3, 4);
        for (int i = 0; i < periodic.size(); i++) {
            TestSample sample = periodic.get(i);
            assertThat(Duration.between(sample.intervalStart(), sample.intervalEnd())).isEqualTo(Duration.ofSeconds(1));
            assertThat(sample.counters().requests()).as("requests of interval %d", i).isBetween(390L, 410L);
            if (i > 0) {
                assertThat(sample.intervalStart()).isEqualTo(periodic.get(i - 1).intervalEnd());
            }
        }
        assertThat(c.last().intervalStart()).isEqualTo(periodic.get(periodic.size() - 1).intervalEnd());
        assertThat(c.requests()).isBetween(1599L, 1601L);
    }

    @Test
    void aStalledServerShowsInLatencyButNotInServiceTime() {
        ShardRun run = single(spec(LoadModel.constant(100), 2, Duration.ofSeconds(4), target.url("/")));
        Collected c = new Collected();
        RunHandle handle = runner.start(run, c);
        await().atMost(Duration.ofSeconds(5)).until(() -> !c.samples.isEmpty());
        target.stallFor(1, TimeUnit.SECONDS);
        handle.completion().join();

        Histogram latency = c.latency();
        Histogram service = c.serviceTime();
        long slowLatencies = latency.getCountBetweenValues(500_000, Long.MAX_VALUE / 4);
        long slowServices = service.getCountBetweenValues(500_000, Long.MAX_VALUE / 4);
        assertThat(latency.getMaxValue()).isGreaterThan(900_000);
        assertThat(slowLatencies).as("requests intended in the first half of the stall waited > 0.5 s")
                .isGreaterThanOrEqualTo(40);
        assertThat(slowServices).as("only the requests on the wire during the stall were slow to be served")
                .isLessThanOrEqualTo(4);
        assertThat(c.schedulingLag().getMaxValue()).isGreaterThan(400_000);
        assertThat(c.requests()).isBetween(399L, 401L);
    }

    @Test
    void statusCodesAndResetsAreCountedExactly() {
        LoadSpec spec = spec(LoadModel.constant(300), 4, Duration.ofSeconds(2), target.url("/?status=200"),
                target.url("/?status=503"), target.url("/?status=404"), target.url("/reset"));
        Collected c = run(single(spec));

        assertThat(c.status("200")).isEqualTo(target.answered(200)).isPositive();
        assertThat(c.status("503")).isEqualTo(target.answered(503)).isPositive();
        assertThat(c.status("404")).isEqualTo(target.answered(404)).isPositive();
        assertThat(c.errorClass("reset")).isEqualTo(target.resets()).isPositive();
        assertThat(c.errors()).isEqualTo(target.answered(503) + target.answered(404) + target.resets());
        assertThat(c.requests()).isBetween(599L, 601L);
    }

    @Test
    void serverClosedConnectionsAreReopenedTransparently() {
        target.closeEvery(50);
        LoadSpec spec = spec(LoadModel.max(), 2, Duration.ofSeconds(2), target.url("/"));
        Collected c = run(single(spec));

        assertThat(c.reconnects()).isPositive();
        assertThat(c.errors()).isZero();
        assertThat(c.requests()).isEqualTo(target.answered()).isGreaterThan(100);
    }

    @Test
    void closedLoopWithPipeliningCountsEveryResponse() {
        LoadModel pipelined = new LoadModel(LoadModelType.MAX, null, null, null, null, null, 4);
        Collected c = run(single(spec(pipelined, 2, Duration.ofSeconds(2), target.url("/?size=100"))));

        assertThat(c.requests()).isEqualTo(target.answered()).isGreaterThan(100);
        assertThat(c.errors()).isZero();
        assertThat(c.latency().getTotalCount()).isEqualTo(c.requests());
    }

    @Test
    void warmupIsSentButLeftOutOfTheResults() {
        LoadSpec base = spec(LoadModel.constant(100), 2, Duration.ofSeconds(2), target.url("/"));
        LoadSpec withWarmup = new LoadSpec(base.protocol(), base.endpoints(), base.method(), base.headers(),
                base.cookies(), base.body(), base.contentType(), base.load(), base.connections(), base.threads(),
                base.duration(), Duration.ofSeconds(1), base.requestTimeout(), null, null, null, null, Map.of());
        Collected c = run(single(withWarmup));

        assertThat(c.requests()).isBetween(199L, 201L);
        assertThat(target.answered()).isBetween(299L, 301L);
    }

    @Test
    void rampAndStepsSendWhatTheirProfileAsks() {
        LoadModel ramp = new LoadModel(LoadModelType.RAMP, null, 0.0, 200.0, null, Arrival.UNIFORM, null);
        assertThat(run(single(spec(ramp, 2, Duration.ofSeconds(2), target.url("/")))).requests()).isBetween(199L,
                201L);

        LoadModel steps = new LoadModel(LoadModelType.STEPS, null, null, null,
                List.of(new RateStep(100, Duration.ofSeconds(1)), new RateStep(300, Duration.ofSeconds(1))), null,
                null);
        assertThat(run(single(spec(steps, 2, Duration.ofSeconds(2), target.url("/")))).requests()).isBetween(399L,
                401L);
    }

    @Test
    void poissonArrivalsAverageTheRate() {
        LoadModel poisson = new LoadModel(LoadModelType.CONSTANT, 400.0, null, null, null, Arrival.POISSON, null);
        Collected c = run(single(spec(poisson, 4, Duration.ofSeconds(3), target.url("/"))));
        assertThat((double) c.requests()).isCloseTo(1200, within(1200 * 0.1));
        assertThat(c.requests()).isEqualTo(target.answered());
    }

    @Test
    void whenEveryConnectionIsBusyDueRequestsQueueAndOverflowIsDropped() {
        LoadSpec base = spec(LoadModel.constant(500), 1, Duration.ofSeconds(2), target.url("/?delay=20"));
        LoadSpec smallQueue = new LoadSpec(base.protocol(), base.endpoints(), base.method(), base.headers(),
                base.cookies(), base.body(), base.contentType(), base.load(), base.connections(), base.threads(),
                base.duration(), null, base.requestTimeout(), null, null, null, null,
                Map.of(SettingsMapper.MAX_QUEUE_OPTION, "10"));
        Collected c = run(single(smallQueue));

        assertThat(c.dropped()).isPositive();
        assertThat(c.requests() + c.dropped()).as("every due request is either measured or counted as dropped")
                .isBetween(999L, 1001L);
        assertThat(c.requests()).isEqualTo(target.answered());
    }

    @Test
    void twoShardsOnTwoEnginesAddUpToTheTotal() {
        Instant start = Instant.now().plusMillis(300);
        LoadSpec spec = spec(LoadModel.constant(400), 4, Duration.ofSeconds(2), target.url("/"));
        try (LoadEngine other = new LoadEngine(1)) {
            NativeLoadRunner second = new NativeLoadRunner(other, RunnerLimits.unlimited());
            Collected a = new Collected();
            Collected b = new Collected();
            RunHandle first = runner.start(shard(spec, 0, 2, start), a);
            RunHandle two = second.start(shard(spec, 1, 2, start), b);
            first.completion().join();
            two.completion().join();

            assertThat(a.requests() + b.requests()).isBetween(799L, 801L);
            assertThat(a.requests()).isBetween(399L, 401L);
            assertThat(a.samples).allMatch(s -> s.shard().index() == 0 && s.shard().count() == 2);
            assertThat(b.samples).allMatch(s -> s.shard().index() == 1);
        }
    }

    @Test
    void cancellingStopsTheLoadWithinASecond() {
        Collected c = new Collected();
        RunHandle handle = runner.start(single(spec(LoadModel.constant(200), 2, Duration.ofSeconds(60),
                target.url("/"))), c);
        await().atMost(Duration.ofSeconds(5)).until(() -> !c.samples.isEmpty());

        handle.cancel();

        await().atMost(Duration.ofMillis(1000)).until(() -> handle.completion().isDone());
        assertThat(c.last().failure().code()).isEqualTo(FailureCode.CANCELLED);
        assertThat(c.last().finalSample()).isTrue();
        long received = target.received();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> target.received() == received);
    }

    @Test
    void anUnreachableTargetEndsWithAFailureNamingTheReason() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Collected c = run(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(2),
                "http://127.0.0.1:" + closedPort + "/")));

        assertThat(c.samples).hasSize(1);
        assertThat(c.last().finalSample()).isTrue();
        assertThat(c.last().failure().code()).isEqualTo(FailureCode.TARGET_UNREACHABLE);
        assertThat(c.last().failure().reason()).contains("127.0.0.1:" + closedPort).containsIgnoringCase("refused");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndReason() {
        assertRefused(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1), "http://nonexistent.invalid/")),
                FailureCode.TARGET_UNREACHABLE, "cannot resolve host nonexistent.invalid");
        assertRefused(single(spec(LoadModel.constant(0), 1, Duration.ofSeconds(1), target.url("/"))),
                FailureCode.INVALID_SPEC, "spec.load.rate: must be greater than 0");
        assertRefused(single(spec(LoadModel.constant(10), -3, Duration.ofSeconds(1), target.url("/"))),
                FailureCode.INVALID_SPEC, "spec.connections: must be greater than 0");
        assertRefused(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1), "http//no-scheme")),
                FailureCode.INVALID_SPEC, "spec.endpoints[0].url");

        NativeLoadRunner limited = new NativeLoadRunner(engine,
                new RunnerLimits(1000, 8, Duration.ofMinutes(1), Set.of("127.0.0.1")));
        assertThatThrownBy(() -> limited.start(single(spec(LoadModel.constant(5000), 1, Duration.ofSeconds(1),
                target.url("/"))), new Collected()))
                .isInstanceOf(RunFailure.class).hasMessageContaining("above this runner's limit of 1000");
        assertThatThrownBy(() -> limited.start(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1),
                "http://localhost:1/")), new Collected()))
                .isInstanceOf(RunFailure.class).hasMessageContaining("not in this runner's allow-list");
    }

    @Test
    void loadNeverGoesToAMetadataAddressNorToWhereANameResolvesOnlyAtConnectTime() throws Exception {
        NativeLoadRunner guarded = new NativeLoadRunner(engine, new RunnerLimits(1000, 8, Duration.ofMinutes(1),
                Set.of()));
        for (String url : List.of("http://169.254.169.254/latest/meta-data?x=", "http://[fd00:ec2::254]/",
                "http://[fe80::1]:8080/")) {
            assertThatThrownBy(() -> guarded.start(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1),
                    url)), new Collected())).as(url)
                    .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.code())
                            .isEqualTo(FailureCode.LIMIT_EXCEEDED))
                    .hasMessageStartingWith("spec.endpoints[0].url: ")
                    .hasMessageContaining("link-local or cloud metadata");
        }

        // the check of the URL resolves "localhost" elsewhere (as a name may, between two lookups); the address the
        // engine connects to is checked again, and refused
        EgressPolicy rebinding = EgressPolicy.of(List.of(), List.of("127.0.0.0/8"))
                .withResolver(host -> List.of(AddressBlock.literal("10.0.0.1")));
        NativeLoadRunner pinned = new NativeLoadRunner(engine, new RunnerLimits(1000, 8, Duration.ofMinutes(1),
                Set.of(), rebinding));
        String url = target.url("/").replace("127.0.0.1", "localhost");
        assertThatThrownBy(() -> pinned.start(single(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1), url)),
                new Collected())).isInstanceOf(RunFailure.class)
                .hasMessageStartingWith("spec.endpoints[0].url: localhost (127.0.0.1) is on the egress deny-list");
    }

    private void assertRefused(ShardRun run, FailureCode code, String reason) {
        assertThatThrownBy(() -> runner.start(run, new Collected()))
                .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.code()).isEqualTo(code))
                .hasMessageContaining(reason);
    }
}

package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.kafka.DeadLetters;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.testing.RestartableServers;
import dev.meshperf.testing.ServiceStack;

/**
 * The fault-injection suite: the packaged services as real processes, on a broker and a PostgreSQL of its own that it
 * stops and starts, with a counting HTTP target. Each fault strikes a constant-rate run of 2 shards on 2 runner
 * processes, and each test asserts the run's final status, its request count against what the target served, one
 * test.completed per test, every service healthy afterwards, and how long after the run's planned end its end was
 * known (printed as the table of docs/reliability.md). The faults run one after the other in one stack, to keep the
 * suite as short as its faults allow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final String TOKEN = "faults-" + UUID.randomUUID();
    private static final int RATE = 100;
    private static final List<String> SERVICES = List.of("runner-a", "runner-b", "analysis", "profile", "scheduler",
            "metrics-collector", "gateway");

    private static RestartableServers servers;
    private static ServiceStack stack;
    private static TargetServer target;
    private static String gateway;
    private static CompletionWatch completions;
    private static final List<String> table = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        servers = new RestartableServers();
        stack = new ServiceStack(servers);
        stack.start("runner-a", "runner-native", null, Map.of());
        stack.start("runner-b", "runner-native", null, Map.of());
        stack.start("analysis", "analysis", Map.of("meshperf.analysis.grace", "PT10S"));
        stack.start("profile", "profile", Map.of("meshperf.profile.start-delay", "PT2S", "meshperf.profile.generators",
                "native", "meshperf.profile.runners.native", stack.url("runner-a")));
        stack.start("scheduler", "scheduler", Map.of("quarkus.rest-client.profile.url", stack.url("profile")));
        stack.start("metrics-collector", "metrics", Map.of("meshperf.metrics.margin", "PT1S",
                "meshperf.metrics.profile-url", stack.url("profile")));
        gateway = stack.start("gateway", null, Map.of("quarkus.rest-client.profile.url", stack.url("profile"),
                "quarkus.rest-client.analysis.url", stack.url("analysis"), "quarkus.rest-client.scheduler.url",
                stack.url("scheduler"), "quarkus.rest-client.metrics.url", stack.url("metrics-collector"),
                "meshperf.gateway.tokens", TOKEN));
        target = new TargetServer();
        completions = new CompletionWatch(servers.bootstrapServers());
        awaitRunners(2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (!table.isEmpty()) {
            System.out.println(
                    "\n| fault | status | requests (result / target served) | end known after the planned end |"
                            + "\n|---|---|---|---|\n" + String.join("\n", table));
        }
        if (completions != null) {
            completions.close();
        }
        if (target != null) {
            target.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void aPoisonRecordOnEachTopicIsDeadLetteredByEveryConsumerAndNothingStops() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (String topic : List.of(Topics.TEST_REQUESTED, Topics.TEST_SAMPLES, Topics.TEST_COMPLETED)) {
                producer.send(new ProducerRecord<>(topic, key, "{not json".getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(deadLetterConsumers(Topics.TEST_REQUESTED_DLQ, key)).contains("analysis", "metrics-collector",
                    "runner-native");
            assertThat(deadLetterConsumers(Topics.TEST_SAMPLES_DLQ, key)).contains("analysis");
            assertThat(deadLetterConsumers(Topics.TEST_COMPLETED_DLQ, key)).contains("scheduler",
                    "metrics-collector");
        });

        // the record of the issue: a profile name longer than analysis once stored (210 of the 255 allowed)
        String profile = post("/api/profiles", """
                {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 4, "shards": 2,
                 "load": {"type": "constant", "rate": %d}, "duration": "5s"}"""
                .formatted("p".repeat(200) + UUID.randomUUID().toString().substring(0, 10), target.url("/"), RATE))
                .path("id").asText();
        long before = target.answered();
        JsonNode accepted = post("/api/profiles/" + profile + "/run", "{}");
        Run run = Run.of(accepted, Duration.ofSeconds(5));

        JsonNode result = awaitResult(run);
        assertThat(result.path("status").asText()).as(result.path("reason").asText()).isEqualTo("COMPLETED");
        assertThat(result.path("profile").path("name").asText()).hasSize(210);
        assertExactCount(result, before);
        finish("a poison record on each topic (then a 210-character profile name)", run, result, before);
    }

    @Test
    @Order(2)
    void aRunnerKilledMidRunIsSeenToDieAndItsShardNamedLost() throws Exception {
        long before = target.answered();
        Run run = adHoc(Duration.ofSeconds(15));
        long killedPid = javaPid("runner-b");
        holdUntil(run.startAt().plusSeconds(6));
        stack.kill("runner-b");

        JsonNode result = awaitResult(run);
        assertThat(result.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(result.path("reason").asText()).contains("went silent after second").contains("/" + killedPid);
        long counted = result.path("summary").path("requests").asLong();
        long served = target.answered() - before;
        assertThat(counted).as("what the killed runner served after its last sample is lost: at most 2 s of its"
                + " shard").isBetween(served - RATE, served);

        stack.restart("runner-b", Map.of());
        awaitRunners(2);
        finish("one runner killed (SIGKILL) at second 6", run, result, before);
    }

    @Test
    @Order(3)
    void aRunnerAskedToStopEndsItsShardCancelledAtOnce() throws Exception {
        long before = target.answered();
        Run run = adHoc(Duration.ofSeconds(15));
        holdUntil(run.startAt().plusSeconds(4));
        List<ProcessHandle> tree = stack.process("runner-b").processTree();
        stack.stop("runner-b");

        await().atMost(Duration.ofSeconds(5)).until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
        JsonNode result = awaitResult(run);
        assertThat(result.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(result.path("reason").asText()).contains("cancelled");
        assertThat(result.path("shardsReported").asInt()).as("the stopped runner sent its shard's last sample")
                .isEqualTo(2);
        long counted = result.path("summary").path("requests").asLong();
        long served = target.answered() - before;
        assertThat(counted).as("the stopped shard reports what it measured up to its stop; a request answered as"
                + " it was cancelled may go uncounted").isBetween(served - 2, served);

        stack.restart("runner-b", Map.of());
        awaitRunners(2);
        finish("one runner stopped (SIGTERM) at second 4", run, result, before);
    }

    @Test
    @Order(4)
    void theBrokerStoppedFor20SecondsLosesNothing() throws Exception {
        long before = target.answered();
        Run run = adHoc(Duration.ofSeconds(25));
        holdUntil(run.startAt().plusSeconds(5));
        servers.stopBroker();
        holdFor(Duration.ofSeconds(20));
        servers.startBroker();

        JsonNode result = awaitResult(run);
        assertThat(result.path("status").asText()).as(result.path("reason").asText()).isEqualTo("COMPLETED");
        assertExactCount(result, before);
        finish("the broker stopped for 20 s from second 5", run, result, before);
    }

    @Test
    @Order(5)
    void postgresStoppedFor60SecondsLosesNothing() throws Exception {
        long before = target.answered();
        Run run = adHoc(Duration.ofSeconds(15));
        holdUntil(run.startAt().plusSeconds(4));
        servers.stopPostgres();
        holdFor(Duration.ofSeconds(60));
        servers.startPostgres();

        JsonNode result = awaitResult(run);
        assertThat(result.path("status").asText()).as(result.path("reason").asText()).isEqualTo("COMPLETED");
        assertExactCount(result, before);
        finish("PostgreSQL stopped for 60 s from second 4", run, result, before);
    }

    @Test
    @Order(6)
    void analysisKilledAndTheGatewayRestartedWhileTheCliFollowsTheRunEndsWhole() throws Exception {
        long before = target.answered();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(() -> MeshperfCli.run(new String[]{"run",
                target.url("/"), "--rate", String.valueOf(RATE), "--duration", "15s", "--connections", "4",
                "--shards", "2", "--gateway", gateway, "--token", TOKEN},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(30)).until(() -> err.toString(StandardCharsets.UTF_8).contains("accepted"));
        String accepted = err.toString(StandardCharsets.UTF_8);
        String testId = accepted.replaceAll("(?s).*test (\\S+) accepted.*", "$1");
        Instant startAt = Instant.parse(accepted.replaceAll("(?s).*accepted: .*? starts (\\S+).*", "$1"));
        Run run = new Run(testId, startAt, startAt.plusSeconds(15));

        holdUntil(startAt.plusSeconds(7));
        stack.kill("analysis");
        holdUntil(startAt.plusSeconds(12));
        stack.restart("analysis", Map.of());
        stack.stop("gateway");
        holdFor(Duration.ofSeconds(3));
        stack.restart("gateway", Map.of());

        int code = cli.get(3, java.util.concurrent.TimeUnit.MINUTES);
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(errText).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("COMPLETED");
        assertThat(errText + out).doesNotContain("\tat ").doesNotContain("Exception");
        JsonNode result = get("/api/results/" + testId);
        assertThat(result.path("status").asText()).isEqualTo("COMPLETED");
        assertExactCount(result, before);
        finish("analysis killed at second 7 and back at 12, the gateway restarted at 12, the CLI following", run,
                result, before);
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Run(String testId, Instant startAt, Instant plannedEnd) {

        static Run of(JsonNode accepted, Duration duration) {
            Instant startAt = Instant.parse(accepted.path("startAt").asText());
            return new Run(accepted.path("testId").asText(), startAt, startAt.plus(duration));
        }
    }

    private static Run adHoc(Duration duration) throws Exception {
        JsonNode accepted = post("/api/runs", """
                {"endpoints": [{"url": "%s"}], "concurrentRequests": 4, "shards": 2,
                 "load": {"type": "constant", "rate": %d}, "duration": "%ds"}"""
                .formatted(target.url("/"), RATE, duration.toSeconds()));
        return Run.of(accepted, duration);
    }

    /** Waits for the run's test.completed, then reads its stored result. */
    private static JsonNode awaitResult(Run run) throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> completions.count(run.testId()) > 0);
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> get("/api/results/" + run.testId()), r -> !r.path("status").asText().equals("RUNNING"));
    }

    private static void assertExactCount(JsonNode result, long before) {
        long served = target.answered() - before;
        assertThat(result.path("summary").path("requests").asLong()).as("every request the target served, once")
                .isEqualTo(served).isGreaterThan(0);
    }

    /** The checks every fault ends with, and its row of the table. */
    private static void finish(String fault, Run run, JsonNode result, long before) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> completions.count(run.testId()) == 1);
        for (String service : SERVICES) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(service)
                        + "/q/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as(service + ": " + health.body()).isEqualTo(200);
            });
        }
        Duration known = Duration.between(run.plannedEnd(), completions.first(run.testId()));
        table.add(String.format("| %s | %s | %d / %d | %+.1f s |", fault, result.path("status").asText(),
                result.path("summary").path("requests").asLong(), target.answered() - before,
                known.toMillis() / 1000.0));
    }

    private static java.util.Set<String> deadLetterConsumers(String topic, String key) {
        java.util.Set<String> consumers = new java.util.TreeSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "faults-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    Header who = r.headers().lastHeader(DeadLetters.CONSUMER);
                    Header why = r.headers().lastHeader(DeadLetters.REASON);
                    if (key.equals(r.key()) && who != null && why != null) {
                        consumers.add(new String(who.value(), StandardCharsets.UTF_8));
                    }
                });
            }
        }
        return consumers;
    }

    /** Waits until both runner instances are members of their group and it is stable: shards spread over both. */
    private static void awaitRunners(int members) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
                var group = admin.describeConsumerGroups(List.of("runner-native")).all().get().get("runner-native");
                return group.state() == ConsumerGroupState.STABLE && group.members().size() == members;
            });
        }
    }

    private static long javaPid(String service) {
        return stack.process(service).processTree().stream()
                .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow().pid();
    }

    /** A fault's moment: a wait for wall-clock time, which is what the fault is defined by (not a synchronization). */
    private static void holdUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** A fault's duration (the broker or the database gone for so long). */
    private static void holdFor(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return EventJson.mapper().readTree(response.body());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }
}

package dev.meshperf.runnernative.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.DeadLetters;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.runnernative.Requests;
import dev.meshperf.runnerservice.messaging.RunnerChannels;

/** The service's wiring with the in-memory connector in place of Kafka, against a real HTTP target. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
class TestRequestedConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySource<Message<byte[]>> requests;
    private InMemorySink<TestSample> samples;
    /** What the consumer nacked, with the metadata the Kafka connector's dead-letter queue would add to the letter. */
    private final List<Rejected> deadLetters = new java.util.concurrent.CopyOnWriteArrayList<>();
    private TargetServer target;
    private long offset;

    @BeforeEach
    void channels() throws InterruptedException {
        requests = connector.source(RunnerChannels.TEST_REQUESTED);
        samples = connector.sink(RunnerChannels.TEST_SAMPLES);
        samples.clear();
        deadLetters.clear();
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
    }

    /** Sends the event as Kafka would deliver it: JSON value, test id key and CloudEvents headers. */
    private void send(Object event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new EventSerializer().serialize(Topics.TEST_REQUESTED, headers, event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.TEST_REQUESTED, 0, offset++,
                Subjects.of(event), value);
        headers.forEach(record.headers()::add);
        requests.send(recordingNacks(Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record,
                RunnerChannels.TEST_REQUESTED)))));
    }

    record Rejected(byte[] payload, Throwable reason, Metadata metadata) {
    }

    private Message<byte[]> recordingNacks(Message<byte[]> message) {
        return message.withNackWithMetadata((reason, metadata) -> {
            deadLetters.add(new Rejected(message.getPayload(), reason, metadata));
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
    }

    private List<TestSample> samplesOf(String testId) {
        return samples.received().stream().map(Message::getPayload).filter(s -> s.testId().equals(testId)).toList();
    }

    private Optional<TestSample> finalOf(String testId) {
        return samplesOf(testId).stream().filter(TestSample::finalSample).findFirst();
    }

    @Test
    void aMetadataTargetEndsAtOnceWithAFailureNamingTheEndpoint() {
        TestRequested request = Requests.constant("http://169.254.169.254/latest/meta-data/", 100, 2);
        send(request);

        await().atMost(Duration.ofSeconds(10)).until(() -> finalOf(request.testId()).isPresent());
        TestSample last = finalOf(request.testId()).orElseThrow();
        assertThat(last.failure().code()).isEqualTo(FailureCode.LIMIT_EXCEEDED);
        assertThat(last.failure().reason()).startsWith("spec.endpoints[0].url: 169.254.169.254 is a link-local or "
                + "cloud metadata address");
        assertThat(samplesOf(request.testId())).allSatisfy(s -> assertThat(s.counters().requests()).isZero());
    }

    @Test
    void aNativeRequestRunsAndPublishesSamplesKeyedByTestId() {
        TestRequested request = Requests.constant(target.url("/"), 100, 2);
        send(request);

        await().atMost(Duration.ofSeconds(15)).until(() -> finalOf(request.testId()).isPresent());
        List<TestSample> ours = samplesOf(request.testId());
        assertThat(ours.stream().mapToLong(s -> s.counters().requests()).sum()).isBetween(199L, 201L);
        assertThat(ours).allMatch(s -> s.generator().equals("native"));
        Message<TestSample> first = samples.received().stream()
                .filter(m -> m.getPayload().testId().equals(request.testId())).findFirst().orElseThrow();
        assertThat(first.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                .isEqualTo(request.testId());

        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract()
                .asString();
        double counted = metrics.lines().filter(l -> l.startsWith("meshperf_runner_requests_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(counted).as("this runner's requests counter").isGreaterThanOrEqualTo(199);
        assertThat(metrics).contains("meshperf_runner_shards").contains("meshperf_runner_latency_p99_milliseconds");
    }

    @Test
    void anotherGeneratorsRequestIsLeftAlone() {
        TestRequested forWrk = Requests.request("wrk2", Requests.constant(target.url("/"), 10, 1).spec());
        TestRequested ours = Requests.constant(target.url("/"), 10, 1);
        send(forWrk);
        send(ours);

        await().atMost(Duration.ofSeconds(10)).until(() -> finalOf(ours.testId()).isPresent());
        assertThat(samplesOf(forWrk.testId())).isEmpty();
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReason() {
        requests.send(recordingNacks(Message.of("{\"testId\": 42, \"spec\": [".getBytes(StandardCharsets.UTF_8))));

        await().atMost(Duration.ofSeconds(5)).until(() -> !deadLetters.isEmpty());
        Rejected letter = deadLetters.get(0);
        assertThat(new String(letter.payload(), StandardCharsets.UTF_8)).startsWith("{\"testId\": 42");
        assertThat(letter.reason()).hasMessageContaining("malformed dev.meshperf.test.requested.v1");
        assertThat(header(letter, DeadLetters.REASON)).contains("malformed dev.meshperf.test.requested.v1");
        assertThat(header(letter, DeadLetters.CONSUMER)).isEqualTo("runner-native");
    }

    @Test
    void anInvalidSpecEndsTheTestWithAFailureAndIsDeadLettered() {
        TestRequested valid = Requests.constant(target.url("/"), 10, 1);
        LoadSpec s = valid.spec();
        LoadSpec zeroRate = new LoadSpec(s.protocol(), s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(),
                s.contentType(), LoadModel.constant(0), s.connections(), s.threads(), s.duration(), s.warmup(),
                s.requestTimeout(), null, null, null, null, s.generatorOptions());
        TestRequested invalid = Requests.withSpec(valid, zeroRate);
        send(invalid);

        await().atMost(Duration.ofSeconds(5)).until(() -> finalOf(invalid.testId()).isPresent());
        TestSample failure = finalOf(invalid.testId()).orElseThrow();
        assertThat(failure.failure().code()).isEqualTo(FailureCode.INVALID_SPEC);
        assertThat(failure.failure().reason()).contains("spec.load.rate: must be greater than 0");
        await().atMost(Duration.ofSeconds(5)).until(() -> !deadLetters.isEmpty());
        assertThat(header(deadLetters.get(0), DeadLetters.REASON)).contains("spec.load.rate");
    }

    @Test
    void aRequestBeyondTheLimitsIsRefusedAndTheRunnerGoesOn() {
        TestRequested tooFast = Requests.constant(target.url("/"), 1_000_000, 1);
        TestRequested next = Requests.constant(target.url("/"), 20, 1);
        send(tooFast);
        send(next);

        await().atMost(Duration.ofSeconds(10)).until(() -> finalOf(next.testId()).isPresent());
        TestSample refused = finalOf(tooFast.testId()).orElseThrow();
        assertThat(refused.failure().code()).isEqualTo(FailureCode.LIMIT_EXCEEDED);
        assertThat(refused.failure().reason()).contains("limit of 200000");
        assertThat(finalOf(next.testId()).orElseThrow().failure()).isNull();
    }

    @Test
    void aRepeatedRequestRunsOnce() {
        TestRequested request = Requests.constant(target.url("/"), 50, 1);
        send(request);
        send(request);

        await().atMost(Duration.ofSeconds(10)).until(() -> finalOf(request.testId()).isPresent());
        assertThat(samplesOf(request.testId()).stream().filter(TestSample::finalSample)).hasSize(1);
        assertThat(target.answered()).isBetween(49L, 51L);
    }

    @Test
    void aCancelStopsTheShardWithinASecond() {
        TestRequested request = Requests.constant(target.url("/"), 50, 60);
        send(request);
        await().atMost(Duration.ofSeconds(5)).until(() -> !samplesOf(request.testId()).isEmpty());
        given().get("/api/shards").then().statusCode(200).body("$", hasItem(request.testId() + "#0"));

        send(new TestCancel(request.testId(), Instant.now(), "test"));

        await().atMost(Duration.ofMillis(1500)).until(() -> finalOf(request.testId()).isPresent());
        assertThat(finalOf(request.testId()).orElseThrow().failure().code()).isEqualTo(FailureCode.CANCELLED);
    }

    @Test
    void theGeneratorAnnouncesWhatItCanDo() {
        given().get("/api/generator").then().statusCode(200)
                .body("name", equalTo("native"))
                .body("available", equalTo(true))
                .body("protocols", hasItem("http1"))
                .body("loadModels", hasItem("constant"));
    }

    private static String header(Rejected letter, String name) {
        Header header = letter.metadata().get(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders()
                .lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package dev.meshperf.runnerwrk2.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.runnerservice.messaging.Channels;
import dev.meshperf.runnerwrk2.Specs;

/** The service's wiring with the in-memory connector in place of Kafka, Debian's real wrk and a real target. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
class WrkRunnerWiringTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySource<Message<byte[]>> requests;
    private InMemorySink<TestSample> samples;
    private TargetServer target;
    private long offset;

    @BeforeEach
    void channels() throws InterruptedException {
        requests = connector.source(Channels.TEST_REQUESTED);
        samples = connector.sink(Channels.TEST_SAMPLES);
        samples.clear();
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
    }

    private void send(TestRequested event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new EventSerializer().serialize(Topics.TEST_REQUESTED, headers, event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.TEST_REQUESTED, 0, offset++,
                Subjects.of(event), value);
        headers.forEach(record.headers()::add);
        requests.send(Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record,
                Channels.TEST_REQUESTED))));
    }

    private Optional<TestSample> finalOf(String testId) {
        return samples.received().stream().map(Message::getPayload)
                .filter(s -> s.testId().equals(testId) && s.finalSample()).findFirst();
    }

    @Test
    void announcesWhatItCanDo() {
        given().get("/api/generator").then().statusCode(200).body("name", equalTo("wrk2"))
                .body("available", equalTo(true)).body("version", startsWith("wrk "))
                .body("protocols", equalTo(List.of("http1"))).body("loadModels", hasItem("max"));
    }

    @Test
    void aWrk2RequestRunsWrkAndPublishesOneApproximateFinalSample() {
        TestRequested request = Specs.request("wrk2", Specs.post(target.url("/"), 1));
        TestRequested forNative = Specs.request("native", Specs.post(target.url("/"), 1));
        send(forNative);
        send(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> finalOf(request.testId()).isPresent());
        TestSample sample = finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure()).isNull();
        assertThat(sample.approximate()).isTrue();
        assertThat(sample.counters().requests()).isPositive();
        assertThat(samples.received()).noneMatch(m -> m.getPayload().testId().equals(forNative.testId()));
    }

    @Test
    void aConstantRateWithoutWrk2FailsWithTheReason() {
        TestRequested request = Specs.request("wrk2", Specs.withLoad(Specs.post(target.url("/"), 1),
                LoadModel.constant(100)));
        send(request);

        await().atMost(Duration.ofSeconds(10)).until(() -> finalOf(request.testId()).isPresent());
        TestSample sample = finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure().code()).isEqualTo(FailureCode.UNSUPPORTED);
        assertThat(sample.failure().reason()).contains("spec.load.type").contains("needs wrk2");
    }
}

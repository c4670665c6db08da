package dev.meshperf.runnernighthawk.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.runnernighthawk.Specs;
import dev.meshperf.runnerservice.messaging.Channels;

/**
 * The service's wiring, through the Quarkus gRPC client: in-memory channels in place of Kafka and an in-test
 * NighthawkService (see its Javadoc).
 */
@QuarkusTest
@QuarkusTestResource(value = NighthawkChannels.class, restrictToAnnotatedClass = true)
class NighthawkRunnerWiringTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySource<Message<byte[]>> requests;
    private InMemorySink<TestSample> samples;
    private long offset;

    @BeforeEach
    void channels() {
        requests = connector.source(Channels.TEST_REQUESTED);
        samples = connector.sink(Channels.TEST_SAMPLES);
        samples.clear();
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
    void announcesTheService() {
        given().get("/api/generator").then().statusCode(200).body("name", equalTo("nighthawk"))
                .body("available", equalTo(true))
                .body("version", containsString(Integer.toString(NighthawkChannels.nighthawk.port())))
                .body("loadModels", hasItems("constant"));
    }

    @Test
    void aNighthawkRequestRunsThroughTheGrpcClientAndPublishesItsResult() {
        TestRequested request = Specs.request("nighthawk", Specs.withLoad(Specs.post("http://target:1/", 1),
                LoadModel.constant(50)));
        send(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> finalOf(request.testId()).isPresent());
        TestSample sample = finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure()).isNull();
        assertThat(sample.counters().requests()).isEqualTo(50);
        assertThat(sample.approximate()).isTrue();
    }

    @Test
    void theOptionsCheckNamesWhatNighthawkCannotDo() {
        String max = """
                {"protocol": "http1", "endpoints": [{"url": "http://h:1/"}], "connections": 1,
                 "load": {"type": "max"}, "duration": "PT5S"}""";
        given().contentType(ContentType.JSON).body(max).post("/api/generator/check").then().statusCode(200)
                .body("field", hasItems("spec.load.type")).body("[0].reason", containsString("needs a rate"));
    }
}

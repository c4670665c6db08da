package dev.meshperf.runnernighthawk.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.runnerservice.messaging.RunnerChannels;
import dev.meshperf.runnerservice.testing.InMemoryRequests;
import dev.meshperf.runnerservice.testing.Specs;

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
    private InMemoryRequests runner;

    @BeforeEach
    void channels() {
        requests = connector.source(RunnerChannels.TEST_REQUESTED);
        samples = connector.sink(RunnerChannels.TEST_SAMPLES);
        samples.clear();
        runner = new InMemoryRequests(requests, samples);
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
        runner.send(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> runner.finalOf(request.testId()).isPresent());
        TestSample sample = runner.finalOf(request.testId()).orElseThrow();
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

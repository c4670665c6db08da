package dev.meshperf.runnerwrk2.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.runnerservice.messaging.RunnerChannels;
import dev.meshperf.runnerservice.testing.InMemoryRequests;
import dev.meshperf.runnerservice.testing.Specs;

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
    private InMemoryRequests runner;

    @BeforeEach
    void channels() throws InterruptedException {
        requests = connector.source(RunnerChannels.TEST_REQUESTED);
        samples = connector.sink(RunnerChannels.TEST_SAMPLES);
        samples.clear();
        runner = new InMemoryRequests(requests, samples);
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
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
        runner.send(forNative);
        runner.send(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> runner.finalOf(request.testId()).isPresent());
        TestSample sample = runner.finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure()).isNull();
        assertThat(sample.approximate()).isTrue();
        assertThat(sample.counters().requests()).isPositive();
        assertThat(samples.received()).noneMatch(m -> m.getPayload().testId().equals(forNative.testId()));
    }

    @Test
    void aConstantRateWithoutWrk2FailsWithTheReason() {
        TestRequested request = Specs.request("wrk2", Specs.withLoad(Specs.post(target.url("/"), 1),
                LoadModel.constant(100)));
        runner.send(request);

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.finalOf(request.testId()).isPresent());
        TestSample sample = runner.finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure().code()).isEqualTo(FailureCode.UNSUPPORTED);
        assertThat(sample.failure().reason()).contains("spec.load.type").contains("needs wrk2");
    }
}

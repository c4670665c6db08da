package dev.meshperf.runnerwrk2.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.runnerservice.messaging.RunnerChannels;
import dev.meshperf.runnerservice.testing.InMemoryRequests;
import dev.meshperf.runnerservice.testing.Specs;

/**
 * The service on a machine without wrk2 or wrk (both binaries point where nothing is): it says so, and the options
 * check the profile service asks before accepting a run answers with that cause alone, not with the protocols and
 * load models a missing tool "lacks".
 */
@QuarkusTest
@TestProfile(WrkUnavailableWiringTest.NoBinaries.class)
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
class WrkUnavailableWiringTest {

    static final String CAUSE = "neither wrk2 nor wrk is installed on this runner (meshperf.wrk.wrk2-binary "
            + "'/nonexistent/wrk2', meshperf.wrk.wrk-binary '/nonexistent/wrk')";

    /** Binaries that do not exist, whatever this machine has installed. */
    public static class NoBinaries implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meshperf.wrk.wrk2-binary", "/nonexistent/wrk2", "meshperf.wrk.wrk-binary",
                    "/nonexistent/wrk");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void itSaysWhatIsMissing() {
        given().get("/api/generator").then().statusCode(200).body("name", equalTo("wrk2"))
                .body("available", equalTo(false)).body("unavailableReason", equalTo(CAUSE))
                .body("protocols", equalTo(List.of()));
    }

    @Test
    void theOptionsCheckAnswersWithTheMissingToolAlone() {
        // a constant rate over h2c: wrk could not honour the protocol either, but that is not what stands in the way
        String spec = """
                {"protocol": "h2c", "endpoints": [{"url": "http://h:1/"}], "connections": 1,
                 "load": {"type": "constant", "rate": 100}, "duration": "PT5S"}""";
        List<Map<String, String>> answer = given().contentType(ContentType.JSON).body(spec)
                .post("/api/generator/check").then().statusCode(200).extract().jsonPath().getList("$");

        assertThat(answer).containsExactly(Map.of("field", "generator", "reason", "wrk2 is unavailable: " + CAUSE));
    }

    @Test
    void aShardSentAnywayFailsWithThatCause() {
        InMemoryRequests runner = new InMemoryRequests(connector.source(RunnerChannels.TEST_REQUESTED),
                connector.sink(RunnerChannels.TEST_SAMPLES));
        TestRequested request = Specs.request("wrk2", Specs.post("http://127.0.0.1:9/", 1));
        runner.send(request);

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.finalOf(request.testId()).isPresent());
        TestSample sample = runner.finalOf(request.testId()).orElseThrow();
        assertThat(sample.failure().code()).isEqualTo(FailureCode.GENERATOR_UNAVAILABLE);
        assertThat(sample.failure().reason()).isEqualTo("wrk2 is unavailable: " + CAUSE);
    }
}

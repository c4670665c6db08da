package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;

import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.profile.messaging.ProfileChannels;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * A run asking for a generator whose tool is missing, against the real runner-wrk2 service without wrk2 or wrk
 * ({@link RunnerWithoutWrk}): refused with one message naming the generator and the cause, not with the protocols
 * and load models a missing binary "lacks", and nothing is published.
 */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(value = RunnerWithoutWrk.class, restrictToAnnotatedClass = true)
class UnavailableGeneratorIT {

    static final String CAUSE = "neither wrk2 nor wrk is installed on this runner (meshperf.wrk.wrk2-binary '"
            + RunnerWithoutWrk.WRK2 + "', meshperf.wrk.wrk-binary '" + RunnerWithoutWrk.WRK + "')";
    static final String REFUSAL = "wrk2 is unavailable: " + CAUSE;

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<Object> requested;

    @BeforeEach
    void clear() {
        requested = connector.sink(ProfileChannels.TEST_REQUESTED);
        requested.clear();
    }

    private static void assertRefusedForTheMissingToolAlone(JsonPath problem) {
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("field")).isEqualTo("generator");
        assertThat(problem.getString("detail")).isEqualTo("generator: " + REFUSAL);
        assertThat(problem.getList("errors", Map.class)).containsExactly(Map.of("field", "generator", "reason",
                REFUSAL));
    }

    @Test
    void anAdHocRunIsRefusedNamingTheGeneratorAndWhatIsMissing() {
        // h2c at a constant rate: wrk could honour neither, but the missing binary is what stands in the way
        String run = """
                {"loadGenerators": ["wrk2"], "protocol": "h2c", "endpoints": [{"url": "http://127.0.0.1:9/"}],
                 "concurrentRequests": 2, "load": {"type": "constant", "rate": 50}, "duration": "2s"}""";

        assertRefusedForTheMissingToolAlone(given().contentType(ContentType.JSON).body(run).post("/api/runs").then()
                .statusCode(400).extract().jsonPath());
        assertThat(requested.received()).isEmpty();
    }

    @Test
    void aSavedProfileRunOnThatGeneratorIsRefusedTheSameWay() {
        String profile = """
                {"name": "%s", "loadGenerators": ["native", "wrk2"], "endpoints": [{"url": "http://127.0.0.1:9/"}],
                 "concurrentRequests": 2, "load": {"type": "max"}, "duration": "2s"}"""
                .formatted(ProfileApiTest.unique("no-wrk"));
        String id = given().contentType(ContentType.JSON).body(profile).post("/api/profiles").then().statusCode(201)
                .extract().path("id");

        assertRefusedForTheMissingToolAlone(given().contentType(ContentType.JSON).body("{\"generator\": \"wrk2\"}")
                .post("/api/profiles/" + id + "/run").then().statusCode(400).extract().jsonPath());
        assertThat(requested.received()).isEmpty();
    }

    @Test
    void theGeneratorsListGivesTheSameCause() {
        List<Map<String, Object>> generators = given().get("/api/generators").then().statusCode(200).extract()
                .jsonPath().getList("$");

        assertThat(generators).filteredOn(g -> "wrk2".equals(g.get("name"))).singleElement()
                .satisfies(g -> {
                    assertThat(g.get("available")).isEqualTo(false);
                    assertThat(g.get("unavailableReason")).isEqualTo(CAUSE);
                });
    }
}

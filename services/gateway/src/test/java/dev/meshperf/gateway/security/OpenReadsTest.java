package dev.meshperf.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With reads open (the default), what uses a stored credential still needs the token. */
@QuarkusTest
@TestProfile(OpenReadsTest.Unreachable.class)
class OpenReadsTest {

    /** Services unreachable and tried once. */
    public static class Unreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meshperf.gateway.attempts", "1", "quarkus.rest-client.profile.url", "http://127.0.0.1:1",
                    "quarkus.rest-client.metrics.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void grafanaSearchAndBoardsNeedTheTokenWhileOtherReadsDoNot() {
        given().get("/api/profiles").then().statusCode(503);
        given().get("/api/grafana-connections").then().statusCode(503);
        for (String path : new String[]{"/api/grafana-connections/g1/search?query=x",
                "/api/grafana-connections/g1/boards"}) {
            given().get(path).then().statusCode(401).body("detail", containsString("needs an API token"));
            given().header("Authorization", "Bearer " + TokenFilterTest.TOKEN).get(path).then().statusCode(503);
        }
        given().contentType("application/json").body("{}").post("/api/runs").then().statusCode(401);
    }
}

package dev.meshperf.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The gateway's guard with reads closed ({@code open-reads=false}). No service stands behind it here (they point at a
 * closed port): a request that passes the guard is answered 503 naming the service it was forwarded to, one that
 * does not is answered 401 or 429 before anything is forwarded.
 */
@QuarkusTest
@TestProfile(TokenFilterTest.ClosedReads.class)
class TokenFilterTest {

    static final String TOKEN = "test-token-1";

    /** Reads closed, two runs a minute, services unreachable and tried once. */
    public static class ClosedReads implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meshperf.gateway.open-reads", "false", "meshperf.gateway.runs-per-minute", "2",
                    "meshperf.gateway.attempts", "1", "quarkus.rest-client.profile.url", "http://127.0.0.1:1",
                    "quarkus.rest-client.analysis.url", "http://127.0.0.1:1", "quarkus.rest-client.scheduler.url",
                    "http://127.0.0.1:1", "quarkus.rest-client.metrics.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void everyApiReadNeedsTheToken() {
        for (String path : List.of("/api/profiles", "/api/profiles/p1", "/api/profiles/p1/export", "/api/results",
                "/api/results/t1", "/api/results/compare?ids=a,b", "/api/schedules", "/api/generators",
                "/api/prometheus-connections", "/api/grafana-connections", "/api/tests/t1/environment")) {
            given().get(path).then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("needs an API token"));
            given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(401)
                    .body("detail", equalTo("the API token is not valid"));
            int status = given().header("Authorization", "Bearer " + TOKEN).get(path).then().extract().statusCode();
            assertThat(status).as(path + " with the token").isNotIn(401, 403, 429);
        }
        given().header(TokenFilter.TOKEN_HEADER, TOKEN).get("/api/profiles").then().statusCode(503)
                .body("detail", containsString("the profile service is not reachable"));
    }

    @Test
    void whatIsNotApiStaysOpen() {
        given().get("/q/health/live").then().statusCode(200);
        for (String path : List.of("/", "/ui/index.html", "/_static/app.js")) {
            assertThat(given().get(path).then().extract().statusCode()).as(path).isNotEqualTo(401);
        }
    }

    @Test
    void runsAreLimitedPerTokenWithRetryAfter() {
        // two runs pass the guard (and fail behind it), the third is refused before it is forwarded
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("{}")
                    .post("/api/profiles/p1/run").then().statusCode(503);
        }
        var refused = given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body("{}").post("/api/runs").then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("meshperf.gateway.runs-per-minute")).extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 30L);

        // another token has a bucket of its own; other changes are not runs
        given().header("Authorization", "Bearer test-token-2").contentType("application/json").body("{}")
                .post("/api/runs").then().statusCode(503);
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("{}")
                .post("/api/profiles").then().statusCode(503);
    }
}

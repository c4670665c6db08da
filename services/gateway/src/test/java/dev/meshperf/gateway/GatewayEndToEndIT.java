package dev.meshperf.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.generated.ApiClient;
import dev.meshperf.generated.ApiException;
import dev.meshperf.generated.api.ProfilesApi;
import dev.meshperf.generated.api.ResultsApi;
import dev.meshperf.generated.model.Endpoint;
import dev.meshperf.generated.model.LoadModel;
import dev.meshperf.generated.model.LoadModelType;
import dev.meshperf.generated.model.ProfileDocument;
import dev.meshperf.generated.model.ResultDetail;
import dev.meshperf.generated.model.RunAccepted;
import dev.meshperf.generated.model.RunOptions;
import dev.meshperf.testing.PrometheusServer;

/**
 * A user's whole path through the public API, on real services: the gateway (this process) in front of the packaged
 * profile, analysis and native runner services, a real broker and PostgreSQL, and a real HTTP target. Create a profile,
 * run it, watch it live, read the result, run it again, compare the two, export fortio JSON and read it back.
 */
@QuarkusTest
@QuarkusTestResource(value = StackResource.class, restrictToAnnotatedClass = true)
class GatewayEndToEndIT {

    private static final String TOKEN = "test-token-2";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ConfigProperty(name = "meshperf.test.scheduler-2-url")
    String scheduler2;

    private static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    @Test
    void tokensGuardEveryChangeAndProblemsPassThroughUnchanged() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\"}").post("/api/profiles").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("API token"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("X-Meshperf-Token", "guess").contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .post("/api/profiles").then().statusCode(401).body("detail", equalTo("the API token is not valid"));
        given().post("/api/runs/some-test/cancel").then().statusCode(401);
        given().get("/api/profiles").then().statusCode(200);

        JsonPath problem = authorized().contentType(ContentType.JSON)
                .body("{\"name\": \"bad\", \"endpoints\": [{\"url\": \"http://h/\"}], \"concurrentRequests\": 0,"
                        + " \"duration\": \"forever\"}")
                .post("/api/profiles").then().statusCode(400).contentType("application/problem+json").extract()
                .jsonPath();
        assertThat(problem.getString("field")).isEqualTo("duration");
        authorized().contentType(ContentType.JSON)
                .body("{\"name\": \"bad\", \"endpoints\": [{\"url\": \"http://h/\"}], \"concurrentRequests\": 0}")
                .post("/api/profiles").then().statusCode(400).body("errors.field", org.hamcrest.Matchers
                        .hasItem("concurrentRequests"));
        given().get("/api/profiles/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/results/no-such-test").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/profiles/{id}/run"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    /**
     * A client generated from {@code contracts/openapi.yaml} alone (openapi-generator, in this module's build) creates,
     * reads and runs a profile and reads its result: the OpenAPI document is enough to talk to meshperf.
     */
    @Test
    void aClientGeneratedFromTheOpenApiDocumentCreatesRunsAndReads() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
        ProfilesApi profiles = new ProfilesApi(client);
        ResultsApi results = new ResultsApi(client);
        try (TargetServer target = new TargetServer()) {
            String name = "generated-" + UUID.randomUUID();
            ProfileDocument created = profiles.createProfile(new ProfileDocument().name(name).description("typed")
                    .addEndpointsItem(new Endpoint().url(target.url("/"))).concurrentRequests(2)
                    .load(new LoadModel().type(LoadModelType.CONSTANT).rate(50.0)).duration("2s")
                    .putLabelsItem("client", "generated"));
            assertThat(created.getId()).isNotBlank();
            assertThat(created.getVersion()).isEqualTo(1L);

            ProfileDocument read = profiles.getProfile(created.getId());
            assertThat(read.getName()).isEqualTo(name);
            assertThat(read.getLabels()).containsEntry("client", "generated");
            assertThat(read.getLoad().getType()).isEqualTo(LoadModelType.CONSTANT);
            assertThat(profiles.listProfiles(null, name, null, null).getProfiles()).extracting("id")
                    .containsExactly(created.getId());

            RunAccepted accepted = profiles.runProfile(created.getId(), new RunOptions());
            assertThat(accepted.getResult()).isEqualTo("/api/results/" + accepted.getTestId());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "COMPLETED"
                    .equals(results.getLiveProgress(accepted.getTestId(), null).getStatus()));
            ResultDetail result = results.getResult(accepted.getTestId());
            assertThat(result.getStatus()).isEqualTo("COMPLETED");
            assertThat(result.getSummary().getRequests()).as("50 req/s for 2 s").isBetween(95L, 105L);
            assertThat(result.getSeries()).isNotEmpty();
            assertThat(result.getLatencyPercentiles()).isNotEmpty();
            assertThat(result.getProfile().getId()).isEqualTo(created.getId());

            ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                    () -> profiles.getProfile(UUID.randomUUID().toString()));
            assertThat(missing.getCode()).isEqualTo(404);
            assertThat(missing.getResponseBody()).contains("\"status\":404");
        }
    }

    @Test
    void createRunWatchCompareAndExport() throws Exception {
        try (TargetServer target = new TargetServer()) {
            String profile = """
                    {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 4,
                     "load": {"type": "constant", "rate": 200}, "duration": "3s",
                     "slos": [{"metric": "errorRate", "op": "<=", "threshold": 1}]}"""
                    .formatted("e2e-" + UUID.randomUUID(), target.url("/"));
            var created = authorized().contentType(ContentType.JSON).body(profile).post("/api/profiles").then()
                    .statusCode(201).extract();
            String profileId = created.path("id");
            assertThat(created.header("Location")).isEqualTo("/api/profiles/" + profileId);

            var accepted = authorized().post("/api/profiles/" + profileId + "/run").then().statusCode(202).extract();
            String first = accepted.path("testId");
            assertThat(accepted.header("Location")).isEqualTo("/api/results/" + first);

            List<JsonPath> events = events(first);
            JsonPath last = events.get(events.size() - 1);
            assertThat(last.getString("status")).isEqualTo("COMPLETED");
            long streamedPoints = events.stream().mapToLong(e -> e.getList("points").size()).sum();
            assertThat(streamedPoints)
                    .as("per-second points streamed: %s", events.stream().map(JsonPath::prettify).toList())
                    .isGreaterThanOrEqualTo(3);

            // a client that lost the stream resumes where it stopped (Last-Event-ID): only the points it lacks
            List<String> ids = new java.util.ArrayList<>();
            List<JsonPath> whole = events(first, null, ids);
            assertThat(ids).as("every event carries the last interval it holds as its id").isNotEmpty();
            long total = whole.stream().mapToLong(e -> e.getList("points").size()).sum();
            List<JsonPath> resumed = events(first, "1", new java.util.ArrayList<>());
            List<Integer> resumedIntervals = resumed.stream().flatMap(e -> e.<Integer>getList("points.interval")
                    .stream()).toList();
            assertThat(resumedIntervals).as("after interval 1").isNotEmpty().allMatch(i -> i > 1);
            assertThat(resumedIntervals.size()).isLessThan((int) total);
            assertThat(resumed.get(resumed.size() - 1).getString("status")).isEqualTo("COMPLETED");

            JsonPath result = given().get("/api/results/" + first).then().statusCode(200).extract().jsonPath();
            assertThat(result.getString("status")).isEqualTo("COMPLETED");
            long requests = result.getLong("summary.requests");
            assertThat(requests).as("rate x duration, within 1 %").isBetween(594L, 606L);
            assertThat(result.getBoolean("slo.passed")).isTrue();

            String second = authorized().post("/api/profiles/" + profileId + "/run").then().statusCode(202).extract()
                    .path("testId");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "COMPLETED".equals(given().get("/api/results/" + second + "/live").then()
                            .extract().path("status")));

            JsonPath compared = given().queryParam("ids", first + "," + second).get("/api/results/compare").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(compared.prettify()).contains(first).contains(second);
            assertThat(compared.getString("environment.runs[0].testId")).isEqualTo(second);
            assertThat(compared.getList("environment.runs[0].differences")).as("the same profile, generator and "
                    + "system").isEmpty();
            given().get("/api/profiles/" + profileId + "/results").then().statusCode(200)
                    .body("size()", equalTo(2));

            JsonPath fortio = given().queryParam("format", "fortio").get("/api/results/" + first + "/export").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(fortio.getLong("DurationHistogram.Count")).isEqualTo(requests);
            assertThat(fortio.getLong("RetCodes.200")).isEqualTo(requests);
            assertThat(fortio.getDouble("ActualQPS")).isBetween(190.0, 210.0);
        }
    }

    @Test
    void generatorsAreListedWithWhatTheyCanDoAndUnreachableOnesSayWhy() {
        JsonPath generators = given().get("/api/generators").then().statusCode(200).extract().jsonPath();

        assertThat(generators.getList("name", String.class)).containsExactly("native", "wrk2", "nighthawk");
        assertThat(generators.getBoolean("find { it.name == 'native' }.defaultGenerator")).isTrue();
        assertThat(generators.getBoolean("find { it.name == 'wrk2' }.available")).as(generators.prettify())
                .isTrue();
        assertThat(generators.getString("find { it.name == 'wrk2' }.version")).startsWith("wrk ");
        assertThat(generators.getList("find { it.name == 'wrk2' }.protocols", String.class)).containsExactly("http1");
        assertThat(generators.getList("find { it.name == 'wrk2' }.loadModels", String.class)).containsExactly("max");
        assertThat(generators.getBoolean("find { it.name == 'nighthawk' }.available")).isFalse();
        assertThat(generators.getString("find { it.name == 'nighthawk' }.unavailableReason"))
                .contains("unreachable");
    }

    @Test
    void wrkRunsThroughTheWholeStackAndItsResultComparesWithNative() throws Exception {
        try (TargetServer target = new TargetServer()) {
            String profile = """
                    {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 2, "threads": 1,
                     "loadGenerators": ["native", "wrk2"], "load": {"type": "max"}, "duration": "2s",
                     "method": "POST", "body": "{}", "contentType": "application/json"}"""
                    .formatted("wrk-" + UUID.randomUUID(), target.url("/"));
            String profileId = authorized().contentType(ContentType.JSON).body(profile).post("/api/profiles").then()
                    .statusCode(201).extract().path("id");

            String wrk = authorized().contentType(ContentType.JSON).body("{\"generator\": \"wrk2\"}")
                    .post("/api/profiles/" + profileId + "/run").then().statusCode(202)
                    .body("generator", equalTo("wrk2")).extract().path("testId");
            JsonPath wrkResult = completed(wrk);
            assertThat(wrkResult.getString("generator")).isEqualTo("wrk2");
            assertThat(wrkResult.getBoolean("summary.approximate")).isTrue();
            long requests = wrkResult.getLong("summary.requests");
            assertThat(requests).isGreaterThan(100);
            assertThat(wrkResult.getLong("summary.statusCodes.200")).isEqualTo(requests);
            assertThat(wrkResult.getDouble("summary.latencyMs.p99")).isPositive();
            assertThat(target.lastRequest().method()).isEqualTo("POST");
            assertThat(target.lastRequest().headers()).containsEntry("Content-Type", "application/json");

            // the wrk run becomes the profile's baseline: the native run is judged against it
            authorized().contentType(ContentType.JSON).body(profile.replaceFirst("\\{", "{\"baselineRunId\": \""
                    + wrk + "\", ")).put("/api/profiles/" + profileId).then().statusCode(200);
            String nat = authorized().post("/api/profiles/" + profileId + "/run").then().statusCode(202)
                    .body("generator", equalTo("native")).extract().path("testId");
            JsonPath nativeResult = completed(nat);
            assertThat(nativeResult.getString("summary.approximate")).isNull();
            assertThat(nativeResult.getString("baseline.baselineTestId")).isEqualTo(wrk);
            // what changed in the system, in words (the collector here reads no cluster: that is noted)
            assertThat(nativeResult.getList("baseline.environment.runs[0].differences.description", String.class))
                    .as(nativeResult.prettify()).containsExactly("generator wrk2 → native",
                            "profile version 1 → 2 (" + new JsonPath(profile).getString("name") + ")");
            assertThat(nativeResult.getList("baseline.environment.runs[0].notes", String.class))
                    .anyMatch(n -> n.startsWith("no Kubernetes context for " + wrk));

            JsonPath compared = given().queryParam("ids", wrk + "," + nat).get("/api/results/compare").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(compared.prettify()).contains(wrk).contains(nat).contains("p99");
            assertThat(compared.getList("environment.runs[0].differences.field", String.class)).containsExactly(
                    "generator", "version");
        }
    }

    @Test
    void optionsWrkCannotHonourAreRefusedWhenTheRunIsRequested() {
        String constant = """
                {"name": "%s", "endpoints": [{"url": "http://127.0.0.1:1/"}], "concurrentRequests": 2,
                 "loadGenerators": ["wrk2"], "load": {"type": "constant", "rate": 50}, "duration": "2s"}"""
                .formatted("wrk-constant-" + UUID.randomUUID());
        String id = authorized().contentType(ContentType.JSON).body(constant).post("/api/profiles").then()
                .statusCode(201).extract().path("id");
        JsonPath problem = authorized().post("/api/profiles/" + id + "/run").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("field")).isEqualTo("load.type");
        assertThat(problem.getString("detail")).contains("needs wrk2");

        String h2c = """
                {"endpoints": [{"url": "http://127.0.0.1:1/"}], "protocol": "h2c", "concurrentRequests": 2,
                 "loadGenerators": ["wrk2"], "duration": "2s"}""";
        JsonPath refused = authorized().contentType(ContentType.JSON).body(h2c).post("/api/runs").then()
                .statusCode(400).extract().jsonPath();
        assertThat(refused.getString("field")).isEqualTo("protocol");
        assertThat(refused.getString("detail")).contains("wrk2 cannot speak h2c");
    }

    @Test
    void prometheusConnectionsAndEachRunsEnvironmentGoThroughTheGateway() throws Exception {
        String connection = """
                {"name": "%s", "url": "http://127.0.0.1:1", "auth": "bearer", "secret": "gw-secret-token-42",
                 "packs": ["istio"]}""".formatted("prom-" + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(connection).post("/api/prometheus-connections").then()
                .statusCode(401);
        String id = authorized().contentType(ContentType.JSON).body(connection).post("/api/prometheus-connections")
                .then().statusCode(201).body("hasSecret", equalTo(true))
                .body(org.hamcrest.Matchers.not(containsString("gw-secret-token-42"))).extract().path("id");
        given().get("/api/prometheus-connections").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("gw-secret-token-42")));
        authorized().post("/api/prometheus-connections/" + id + "/test").then().statusCode(200)
                .body("reachable", equalTo(false)).body("error", containsString("unreachable"));
        authorized().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"ftp://h\"}")
                .post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("url"));
        String grafana = """
                {"name": "%s", "url": "http://127.0.0.1:1", "apiKey": "glsa_gateway_secret"}"""
                .formatted("grafana-" + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(grafana).post("/api/grafana-connections").then().statusCode(401);
        String grafanaId = authorized().contentType(ContentType.JSON).body(grafana).post("/api/grafana-connections")
                .then().statusCode(201).body("hasApiKey", equalTo(true))
                .body(org.hamcrest.Matchers.not(containsString("glsa_gateway_secret"))).extract().path("id");
        authorized().post("/api/grafana-connections/" + grafanaId + "/test").then().statusCode(200)
                .body("reachable", equalTo(false)).body("error", containsString("unreachable"));
        authorized().delete("/api/grafana-connections/" + grafanaId).then().statusCode(204);

        try (TargetServer target = new TargetServer()) {
            String run = authorized().contentType(ContentType.JSON).body("""
                    {"endpoints": [{"url": "%s"}], "concurrentRequests": 1, "load": {"type": "constant", "rate": 20},
                     "duration": "1s"}""".formatted(target.url("/"))).post("/api/runs").then().statusCode(202)
                    .extract().path("testId");
            completed(run);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "COLLECTED".equals(given().get("/api/tests/" + run + "/environment").then()
                            .extract().path("status")));
            String env = given().get("/api/tests/" + run + "/environment").then().statusCode(200).extract()
                    .asString();
            assertThat(env).contains("istio_requests_total").contains("unreachable")
                    .doesNotContain("gw-secret-token-42");
        } finally {
            authorized().delete("/api/prometheus-connections/" + id).then().statusCode(204);
        }
    }

    @Test
    void theQueriesAProfileDeclaresAreEvaluatedOnARealPrometheus() throws Exception {
        try (PrometheusServer prometheus = new PrometheusServer(); TargetServer target = new TargetServer()) {
            // a fresh Prometheus has no samples for its first seconds: the run starts once it scraped itself
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> http.send(
                    HttpRequest.newBuilder(URI.create(prometheus.url() + "/api/v1/query?query=up")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"value\""));
            String connection = authorized().contentType(ContentType.JSON).body("""
                    {"name": "%s", "url": "%s", "packs": ["meshperf"]}""".formatted("prom-" + UUID.randomUUID(),
                    prometheus.url())).post("/api/prometheus-connections").then().statusCode(201).extract()
                    .path("id");
            String profile = """
                    {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 1,
                     "load": {"type": "constant", "rate": 20}, "duration": "2s",
                     "metrics": [{"name": "scrapes", "query": "sum(up)"}, {"name": "broken", "query": "sum(rate("}]}"""
                    .formatted("declared-" + UUID.randomUUID(), target.url("/"));
            String profileId = authorized().contentType(ContentType.JSON).body(profile).post("/api/profiles").then()
                    .statusCode(201).body("metrics[0].name", equalTo("scrapes")).extract().path("id");
            authorized().contentType(ContentType.JSON).body(profile.replace("\"sum(up)\"", "\"\""))
                    .post("/api/profiles").then().statusCode(400).body("field", equalTo("metrics[0].query"));
            String run = authorized().post("/api/profiles/" + profileId + "/run").then().statusCode(202).extract()
                    .path("testId");
            completed(run);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "COLLECTED".equals(given().get("/api/tests/" + run + "/environment").then()
                            .extract().path("status")));
            JsonPath env = given().get("/api/tests/" + run + "/environment").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(env.getList("metrics.find { it.pack == 'profile' && it.name == 'scrapes' }.series"))
                    .as(env.prettify()).isNotEmpty();
            assertThat(env.getString("metrics.find { it.pack == 'profile' && it.name == 'broken' }.error"))
                    .contains("bad_data");
            authorized().delete("/api/prometheus-connections/" + connection).then().statusCode(204);
        }
    }

    private static JsonPath completed(String testId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/api/results/" + testId).then().extract().statusCode() == 200
                        && !"RUNNING".equals(given().get("/api/results/" + testId).then().extract().path("status")));
        JsonPath result = given().get("/api/results/" + testId).then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("status")).as(result.prettify()).isEqualTo("COMPLETED");
        return result;
    }

    @Test
    void aScheduleFiresOnceAcrossTwoSchedulerInstancesAndItsRunCompletes() throws Exception {
        try (TargetServer target = new TargetServer()) {
            String profileId = authorized().contentType(ContentType.JSON).body("""
                    {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 2,
                     "load": {"type": "constant", "rate": 50}, "duration": "2s"}"""
                    .formatted("sched-" + UUID.randomUUID(), target.url("/"))).post("/api/profiles").then()
                    .statusCode(201).extract().path("id");
            // both instances tick every 0.5 s against one database; the occurrence is a few seconds ahead
            String startAt = java.time.Instant.now().plusSeconds(4).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .toString();
            JsonPath schedule = authorized().contentType(ContentType.JSON).body("""
                    {"name": "soon", "profileId": "%s", "every": "5m", "startAt": "%s", "maxRuns": 1}"""
                    .formatted(profileId, startAt)).post("/api/schedules").then().statusCode(201).extract()
                    .jsonPath();
            String scheduleId = schedule.getString("id");
            assertThat(schedule.getString("nextFireAt")).isEqualTo(startAt);
            given().get("/api/schedules/" + scheduleId).then().statusCode(200).body("state", equalTo("ACTIVE"));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "COMPLETED".equals(given().get("/api/schedules/" + scheduleId + "/history").then()
                            .extract().path("fires[0].runStatus")));
            JsonPath history = given().get("/api/schedules/" + scheduleId + "/history").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(history.getLong("totalCount")).isEqualTo(1);
            assertThat(history.getString("fires[0].outcome")).isEqualTo("FIRED");
            assertThat(history.getString("fires[0].fireAt")).isEqualTo(startAt);
            String testId = history.getString("fires[0].testId");
            // the second instance reads the same history: one fire between them
            given().baseUri(scheduler2).get("/api/schedules/" + scheduleId + "/history").then().statusCode(200)
                    .body("totalCount", equalTo(1)).body("fires[0].testId", equalTo(testId));
            given().get("/api/profiles/" + profileId + "/results").then().statusCode(200).body("size()", equalTo(1));
            JsonPath result = given().get("/api/results/" + testId).then().statusCode(200).extract().jsonPath();
            assertThat(result.getString("status")).isEqualTo("COMPLETED");
            assertThat(result.getLong("summary.requests")).as("rate x duration").isBetween(99L, 101L);
            given().get("/api/schedules/" + scheduleId).then().body("state", equalTo("ENDED")).body("runs",
                    equalTo(1));

            // a profile that schedules run cannot be deleted until they are gone
            authorized().delete("/api/profiles/" + profileId).then().statusCode(409)
                    .contentType("application/problem+json").body("field", equalTo("schedules"))
                    .body("detail", containsString(scheduleId));
            authorized().delete("/api/schedules/" + scheduleId).then().statusCode(204);
            authorized().delete("/api/profiles/" + profileId).then().statusCode(204);
        }
    }

    @Test
    void anOccurrenceMissedWhileEverySchedulerWasDownFiresWhenOneComesBack() throws Exception {
        try (TargetServer target = new TargetServer()) {
            String profileId = authorized().contentType(ContentType.JSON).body("""
                    {"name": "%s", "endpoints": [{"url": "%s"}], "concurrentRequests": 1,
                     "load": {"type": "constant", "rate": 20}, "duration": "1s"}"""
                    .formatted("down-" + UUID.randomUUID(), target.url("/"))).post("/api/profiles").then()
                    .statusCode(201).extract().path("id");
            java.time.Instant fireAt = java.time.Instant.now().plusSeconds(10)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String scheduleId = authorized().contentType(ContentType.JSON).body("""
                    {"profileId": "%s", "every": "5m", "startAt": "%s", "maxRuns": 1}"""
                    .formatted(profileId, fireAt)).post("/api/schedules").then().statusCode(201).extract()
                    .path("id");

            // every scheduler crashes before the occurrence and stays down past it: a real downtime, in real time
            StackResource.stack().kill("scheduler");
            StackResource.stack().kill("scheduler-2");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> java.time.Instant.now().isAfter(fireAt.plusSeconds(11)));
            StackResource.stack().restart("scheduler", java.util.Map.of());
            StackResource.stack().restart("scheduler-2", java.util.Map.of());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "COMPLETED".equals(given().get("/api/schedules/" + scheduleId + "/history").then()
                            .extract().path("fires[0].runStatus")));
            JsonPath history = given().get("/api/schedules/" + scheduleId + "/history").then().extract().jsonPath();
            assertThat(history.getLong("totalCount")).isEqualTo(1);
            assertThat(history.getString("fires[0].outcome")).isEqualTo("FIRED");
            assertThat(history.getString("fires[0].fireAt")).isEqualTo(fireAt.toString());
            assertThat(history.getString("fires[0].detail")).contains("late, after every scheduler was down");
            authorized().delete("/api/schedules/" + scheduleId).then().statusCode(204);
        }
    }

    private List<JsonPath> events(String testId) throws Exception {
        return EventStream.read(port, testId, null, new java.util.ArrayList<>());
    }

    private List<JsonPath> events(String testId, String lastEventId, List<String> ids) throws Exception {
        return EventStream.read(port, testId, lastEventId, ids);
    }
}

package dev.meshperf.metrics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.metrics.testserver.FakeGrafana;
import dev.meshperf.testing.KafkaAndPostgresResource;
import dev.meshperf.testing.PrometheusServer;

/**
 * The metrics collector on the real broker and PostgreSQL, with a real Prometheus (Debian's package) scraping this
 * service's own /q/metrics every second while a real run loads this service's HTTP API.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
class EnvironmentApiTest {

    private static PrometheusServer prometheus;
    private static FakeGrafana grafana;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void prometheus() throws Exception {
        if (prometheus == null) {
            prometheus = new PrometheusServer("127.0.0.1:" + RestAssured.port, "/q/metrics");
            grafana = new FakeGrafana(prometheus.url());
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.close();
            grafana.close();
        }
    }

    private static String create(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/prometheus-connections").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void connectionsKeepTheirSecretsToThemselves() {
        String name = "secured-" + UUID.randomUUID();
        var created = given().contentType(ContentType.JSON).body("""
                {"name": "%s", "url": "http://prometheus.example:9090", "auth": "bearer",
                 "secret": "tok-123-secret", "packs": ["istio", "nodes"]}""".formatted(name))
                .post("/api/prometheus-connections").then().statusCode(201)
                .body("hasSecret", equalTo(true)).body("secret", equalTo(null))
                .body(not(containsString("tok-123-secret"))).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/prometheus-connections/" + id);

        given().get("/api/prometheus-connections").then().statusCode(200).body(not(containsString("tok-123")))
                .body("name", hasItems(name));
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "url": "http://prometheus.example:9091", "auth": "bearer", "version": 0}"""
                .formatted(name)).put("/api/prometheus-connections/" + id).then().statusCode(200)
                .body("hasSecret", equalTo(true)).body("version", equalTo(1)).body("packs", equalTo(null));
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "url": "http://prometheus.example:9091", "version": 0}""".formatted(name))
                .put("/api/prometheus-connections/" + id).then().statusCode(409).body("field", equalTo("version"));
        given().delete("/api/prometheus-connections/" + id).then().statusCode(204);
        given().get("/api/prometheus-connections/" + id).then().statusCode(404);
    }

    @Test
    void badConnectionsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"ftp://h\"}")
                .post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("url"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"http://u:p@h:9090\"}")
                .post("/api/prometheus-connections").then().statusCode(400)
                .body("detail", containsString("credentials"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"http://h:9090\", \"auth\": \"basic\"}")
                .post("/api/prometheus-connections").then().statusCode(400)
                .body("errors.field", hasItems("username", "secret"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"url\": \"http://h:9090\", \"packs\": [\"kafka\"]}")
                .post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("packs[0]"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"http://h:9090\", \"colour\": 1}")
                .post("/api/prometheus-connections").then().statusCode(400);
        // longer than their columns: refused naming the field, not by the database with a 500
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"http://h:9090/" + "p".repeat(2000)
                + "\"}").post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("url"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"http://h:9090\", \"username\": \""
                + "u".repeat(201) + "\"}").post("/api/prometheus-connections").then().statusCode(400)
                .body("field", equalTo("username"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"url\": \"http://h:9090\", \"packs\": [\"nodes\", \"nodes\"]}")
                .post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("packs[1]"));
        // a metadata service, by address or behind a query string, is refused with the field named
        for (String url : List.of("http://169.254.169.254/latest/meta-data?x=", "http://169.254.169.254/latest",
                "http://[fd00:ec2::254]/", "http://metadata.google.internal/", "http://h:9090/api?x=")) {
            given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"" + url + "\"}")
                    .post("/api/prometheus-connections").then().statusCode(400).body("field", equalTo("url"));
            given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"url\": \"" + url + "\"}")
                    .post("/api/prometheus-connections/test").then().statusCode(400).body("field", equalTo("url"));
            given().contentType(ContentType.JSON).body("{\"name\": \"g\", \"url\": \"" + url
                    + "\", \"apiKey\": \"k\"}").post("/api/grafana-connections").then().statusCode(400)
                    .body("field", equalTo("url"));
        }
        given().get("/api/prometheus-connections").then().body("name", not(hasItems("x")));
    }

    @Test
    void theConnectivityTestReportsVersionOrWhy() {
        String id = create("{\"name\": \"real-%s\", \"url\": \"%s\"}".formatted(UUID.randomUUID(), prometheus.url()));
        given().post("/api/prometheus-connections/" + id + "/test").then().statusCode(200)
                .body("reachable", equalTo(true)).body("version", org.hamcrest.Matchers.matchesPattern("\\d+\\..*"));
        given().contentType(ContentType.JSON).body("{\"name\": \"down\", \"url\": \"http://127.0.0.1:1\"}")
                .post("/api/prometheus-connections/test").then().statusCode(200).body("reachable", equalTo(false))
                .body("error", containsString("unreachable"));
        given().delete("/api/prometheus-connections/" + id).then().statusCode(204);
    }

    @Test
    void grafanaConnectionsBoardsPanelsAndVariables() {
        String name = "grafana-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "%s", "url": "%s", "apiKey": "%s"}""".formatted(name, grafana.url(), FakeGrafana.KEY))
                .post("/api/grafana-connections").then().statusCode(201).body("hasApiKey", equalTo(true))
                .body(not(containsString(FakeGrafana.KEY))).extract().path("id");
        given().get("/api/grafana-connections").then().statusCode(200).body(not(containsString(FakeGrafana.KEY)));
        given().contentType(ContentType.JSON).body("{\"name\": \"nokey\", \"url\": \"http://g:3000\"}")
                .post("/api/grafana-connections").then().statusCode(400).body("field", equalTo("apiKey"));

        given().post("/api/grafana-connections/" + id + "/test").then().statusCode(200)
                .body("reachable", equalTo(true)).body("version", equalTo("11.3.0"))
                .body("organization", equalTo("Main Org."));
        String wrong = given().contentType(ContentType.JSON).body("""
                {"name": "wrong-%s", "url": "%s", "apiKey": "glsa_wrong"}""".formatted(UUID.randomUUID(),
                grafana.url())).post("/api/grafana-connections").then().statusCode(201).extract().path("id");
        given().post("/api/grafana-connections/" + wrong + "/test").then().statusCode(200)
                .body("reachable", equalTo(false)).body("error", containsString("HTTP 401"))
                .body(not(containsString("glsa_wrong")));
        given().delete("/api/grafana-connections/" + wrong).then().statusCode(204);

        given().queryParam("query", "service").get("/api/grafana-connections/" + id + "/search").then()
                .statusCode(200).body("uid", hasItems("meshperf-svc"));
        given().contentType(ContentType.JSON).body("{\"uid\": \"meshperf-svc\", \"chosenPanels\": [9]}")
                .post("/api/grafana-connections/" + id + "/boards").then().statusCode(400)
                .body("field", equalTo("chosenPanels[0]"));
        given().contentType(ContentType.JSON).body("{\"uid\": \"meshperf-svc\", \"variables\": {\"pod\": \"x\"}}")
                .post("/api/grafana-connections/" + id + "/boards").then().statusCode(400)
                .body("field", equalTo("variables.pod"));
        given().contentType(ContentType.JSON).body("{\"uid\": \"no-such-board\"}")
                .post("/api/grafana-connections/" + id + "/boards").then().statusCode(400)
                .body("detail", containsString("not found"));
        given().contentType(ContentType.JSON).body("""
                {"uid": "meshperf-svc", "chosenPanels": [1, 3], "variables": {"job": "meshperf-target"}}""")
                .post("/api/grafana-connections/" + id + "/boards").then().statusCode(200)
                .body("title", equalTo("Service overview")).body("panels.id", hasItems(1, 2, 3))
                .body("chosenPanels", equalTo(List.of(1, 3))).body("variables.job", equalTo("meshperf-target"));
        given().contentType("application/yaml").body("""
                uid: uploaded-board
                title: Uploaded
                panels:
                  - id: 5
                    title: Scrapes
                    targets:
                      - refId: A
                        expr: up
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/grafana-connections/" + id
                + "/boards/upload").then().statusCode(200)
                .body("panels[0].queries[0]", equalTo("up"));
        given().contentType(ContentType.JSON).body("{\"uid\": \"nul-title\", \"title\": \"a\\u0000b\"}")
                .post("/api/grafana-connections/" + id + "/boards/upload").then().statusCode(400)
                .body("field", equalTo("body.title")).body("detail", containsString("control characters"));
        given().get("/api/grafana-connections/" + id + "/boards").then().statusCode(200)
                .body("uid", hasItems("meshperf-svc", "uploaded-board"));
        given().delete("/api/grafana-connections/" + id).then().statusCode(204);
        given().get("/api/grafana-connections/" + id).then().statusCode(404);
    }

    @Test
    void aRealRunsContextIsStoredWithItAndFaultsAreRecordedNotFatal() throws Exception {
        String real = create("{\"name\": \"real-%s\", \"url\": \"%s\", \"packs\": [\"meshperf\"]}"
                .formatted(UUID.randomUUID(), prometheus.url()));
        String down = create("{\"name\": \"down-%s\", \"url\": \"http://127.0.0.1:1\", \"packs\": [\"meshperf\"]}"
                .formatted(UUID.randomUUID()));
        String board = given().contentType(ContentType.JSON).body("""
                {"name": "grafana-run-%s", "url": "%s", "apiKey": "admin:admin"}""".formatted(UUID.randomUUID(),
                grafana.url())).post("/api/grafana-connections").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"uid\": \"meshperf-svc\", \"chosenPanels\": [1, 3]}")
                .post("/api/grafana-connections/" + board + "/boards").then().statusCode(200);
        // a fresh Prometheus has no samples for its first seconds: the run starts once it has scraped this service
        HttpClient probe = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> probe.send(
                HttpRequest.newBuilder(URI.create(prometheus.url()
                        + "/api/v1/query?query=http_server_requests_seconds_count")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("\"value\""));
        String testId = "ctx-" + UUID.randomUUID();
        Instant start = Instant.now();
        publish(Topics.TEST_REQUESTED, testId, request(testId, start));
        given().get("/api/tests/" + testId + "/environment").then().statusCode(200);

        // the run: 4 seconds of requests to this service, which Prometheus scrapes meanwhile
        HttpClient http = HttpClient.newHttpClient();
        URI target = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/prometheus-connections/packs");
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        int sent = 0;
        while (System.nanoTime() < until) {
            assertThat(http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(200);
            sent++;
        }
        Instant end = Instant.now();
        assertThat(sent).isGreaterThan(50);
        publish(Topics.TEST_COMPLETED, testId, new TestCompleted(testId, TestStatus.COMPLETED, null, null, "native",
                1, 1, start, end, null, null));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "COLLECTED"
                .equals(given().get("/api/tests/" + testId + "/environment").then().extract().path("status")));
        JsonPath env = given().get("/api/tests/" + testId + "/environment").then().statusCode(200).extract()
                .jsonPath();
        Instant from = Instant.parse(env.getString("from"));
        Instant to = Instant.parse(env.getString("to"));
        assertThat(from).isBefore(start);
        assertThat(to).isAfter(end);
        assertThat(env.getLong("stepSeconds")).isEqualTo(1);
        assertThat(env.getMap("$")).as("no cluster configured: no Kubernetes context").containsEntry("kubernetes",
                null);

        // read with Jackson: epoch seconds do not survive JsonPath's floats
        JsonNode metrics = new ObjectMapper().readTree(given().get("/api/tests/" + testId + "/environment").then()
                .extract().asString()).path("metrics");
        JsonNode up = find(metrics, "real-", "up");
        assertThat(up.path("error").isNull()).as(up.toString()).isTrue();
        JsonNode upPoints = up.path("series").path(0).path("points");
        assertThat(upPoints.size()).isPositive();
        upPoints.forEach(p -> assertThat(p.get(0).asLong()).isBetween(from.getEpochSecond(), to.getEpochSecond()));

        JsonNode rate = find(metrics, "real-", "http_requests_per_second");
        assertThat(rate.path("series").size()).as("the run's requests, as Prometheus saw them: %s", rate)
                .isPositive();
        double peak = 0;
        for (JsonNode p : rate.path("series").path(0).path("points")) {
            peak = Math.max(peak, p.get(1).asDouble());
        }
        assertThat(peak).isGreaterThan(1.0);

        int failed = 0;
        for (JsonNode m : metrics) {
            if (m.path("connection").asText().startsWith("down-")) {
                assertThat(m.path("error").asText()).contains("unreachable");
                assertThat(m.path("series").isNull()).isTrue();
                failed++;
            }
        }
        assertThat(failed).isPositive();

        // the chosen panels of the Grafana board, through its data source proxy, variables substituted
        JsonNode panel = find(metrics, "grafana/", "Requests/s (A)");
        assertThat(panel.path("query").asText()).contains("job=\"meshperf-target\"").contains("[60s]");
        assertThat(panel.path("series").size()).as(panel.toString()).isPositive();
        assertThat(find(metrics, "grafana/", "Bad query (A)").path("error").asText()).contains("bad_data");
        for (JsonNode m : metrics) {
            assertThat(m.path("name").asText()).as("panel 2 was not chosen").isNotEqualTo("Up (A)");
        }
        given().delete("/api/grafana-connections/" + board).then().statusCode(204);
        given().delete("/api/prometheus-connections/" + real).then().statusCode(204);
        given().delete("/api/prometheus-connections/" + down).then().statusCode(204);
    }

    private static JsonNode find(JsonNode metrics, String connectionPrefix, String name) {
        for (JsonNode m : metrics) {
            if (m.path("connection").asText().startsWith(connectionPrefix) && m.path("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name + " from " + connectionPrefix + "* in " + metrics);
    }

    private void publish(String topic, String key, Object event) throws Exception {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new EventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        }
    }

    private static TestRequested request(String testId, Instant start) {
        LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://127.0.0.1:1/")), "GET", List.of(),
                Map.of(), null, null, LoadModel.constant(10), 1, null, Duration.ofSeconds(4), null, null, null, null,
                null, null, Map.of());
        return new TestRequested(testId, start, start, ShardRef.single(), "native", null, spec, List.of(), Map.of(),
                null);
    }
}

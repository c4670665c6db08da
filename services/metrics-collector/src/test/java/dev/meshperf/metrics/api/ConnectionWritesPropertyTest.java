package dev.meshperf.metrics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import dev.meshperf.testing.HostileJson;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * Generated bodies (QuickTheories, {@link HostileJson}) sent to every write endpoint of the metrics collector, on the
 * real PostgreSQL: never a 500, every 400 names its field, and a refused request stores nothing. Connections point at
 * a closed port, so a connectivity test or board import that passes validation fails fast with its reason.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
class ConnectionWritesPropertyTest {

    static final int EXAMPLES = Integer.getInteger("meshperf.examples", 120);

    static final String PROMETHEUS = """
            {"name": "NAME", "url": "http://127.0.0.1:1/prometheus", "auth": "basic", "username": "ann",
             "secret": "s3cret", "packs": ["meshperf", "nodes"], "version": 0}""";
    static final String GRAFANA = """
            {"name": "NAME", "url": "http://127.0.0.1:1", "apiKey": "glsa_key", "prometheusDatasourceUid": "prom"}""";
    static final String BOARD = """
            {"uid": "meshperf-svc", "chosenPanels": [1, 3], "variables": {"job": "meshperf-target"}}""";
    static final String DASHBOARD = """
            {"uid": "uploaded", "title": "Uploaded", "templating": {"list": [{"name": "job", "current": {"value": "x"}}]},
             "panels": [{"id": 5, "title": "Scrapes", "targets": [{"refId": "A", "expr": "up{job=\\"$job\\"}"}]},
                        {"id": 6, "type": "row", "panels": [{"id": 7, "targets": [{"refId": "B", "expr": "up"}]}]}]}""";

    private String prometheus;
    private String grafana;

    @BeforeEach
    void connections() {
        prometheus = given().contentType(ContentType.JSON).body(PROMETHEUS.replace("NAME", unique()))
                .post("/api/prometheus-connections").then().statusCode(201).extract().path("id");
        grafana = given().contentType(ContentType.JSON).body(GRAFANA.replace("NAME", unique()))
                .post("/api/grafana-connections").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(DASHBOARD).post("/api/grafana-connections/" + grafana
                + "/boards/upload").then().statusCode(200);
    }

    private static String unique() {
        return "hostile-" + UUID.randomUUID();
    }

    @Test
    void prometheusConnections() {
        String json = "application/json";
        check(PROMETHEUS, b -> send("POST", "/api/prometheus-connections", json, b), () -> count("prometheus"));
        check(PROMETHEUS, b -> send("PUT", "/api/prometheus-connections/" + prometheus, json, b),
                () -> read("/api/prometheus-connections/" + prometheus));
        check(PROMETHEUS, b -> send("POST", "/api/prometheus-connections/test", json, b), () -> count("prometheus"));
    }

    @Test
    void grafanaConnectionsAndBoards() {
        String json = "application/json";
        String boards = "/api/grafana-connections/" + grafana + "/boards";
        check(GRAFANA, b -> send("POST", "/api/grafana-connections", json, b), () -> count("grafana"));
        check(GRAFANA, b -> send("PUT", "/api/grafana-connections/" + grafana, json, b),
                () -> read("/api/grafana-connections/" + grafana));
        check(BOARD, b -> send("POST", boards, json, b), () -> read(boards));
        check(BOARD, b -> send("PUT", boards + "/uploaded", json, b), () -> read(boards));
        check(DASHBOARD, b -> send("POST", boards + "/upload", json, b), () -> read(boards));
        check(DASHBOARD, b -> send("POST", boards + "/upload", "application/yaml", b), () -> read(boards));
    }

    private void check(String valid, Function<String, Response> send, Supplier<Object> state) {
        Gen<String> bodies = HostileJson.bodies(valid).map(b -> b.replace("NAME", unique()));
        qt().withExamples(EXAMPLES).forAll(bodies).checkAssert(body -> {
            Object before = state.get();
            Response r = send.apply(body);
            int status = r.statusCode();
            assertThat(status).as("%s answered %s", shorter(body), r.asString()).isLessThan(500);
            if (status == 400) {
                JsonPath problem = r.jsonPath();
                assertThat(problem.getString("field")).as("the field of %s for %s", r.asString(), shorter(body))
                        .isNotBlank();
                List<String> fields = problem.getList("errors.field");
                if (fields != null) {
                    assertThat(fields).allSatisfy(f -> assertThat(f).isNotBlank());
                }
                assertThat(state.get()).as("stored after a 400 for %s", shorter(body)).isEqualTo(before);
            }
        });
    }

    private static Response send(String method, String path, String type, String body) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs("application/yaml", ContentType.TEXT))).contentType(type).body(body)
                .request(method, path);
    }

    private static Object count(String kind) {
        return given().get("/api/" + kind + "-connections").then().statusCode(200).extract().jsonPath()
                .getList("id").size();
    }

    private static Object read(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static String shorter(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " characters)" : s;
    }
}

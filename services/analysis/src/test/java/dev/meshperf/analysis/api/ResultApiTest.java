package dev.meshperf.analysis.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.meshperf.analysis.Events;
import dev.meshperf.analysis.messaging.InMemoryChannels;
import dev.meshperf.analysis.service.AggregationService;
import dev.meshperf.analysis.service.ResultWriter;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.testing.KafkaAndPostgresResource;

/** Export and comparison of stored runs, through the REST API. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "analysis"))
class ResultApiTest {

    @Inject
    AggregationService aggregation;

    @Inject
    ResultWriter writer;

    @Inject
    DataSource database;

    /** A finished run whose latencies are the given milliseconds (one interval and a final one). */
    private String run(long... latenciesMs) {
        String id = Events.newId();
        aggregation.onRequested(Events.request(id, 0, 1, 1));
        aggregation.onSample(Events.sample(id, 0, 1, 0, false, latenciesMs), -1, -1);
        aggregation.onSample(Events.sample(id, 0, 1, 1, true), -1, -1);
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.isFinished(id));
        return id;
    }

    private static long[] repeat(long ms, int times) {
        long[] values = new long[times];
        java.util.Arrays.fill(values, ms);
        return values;
    }

    @Test
    void fortioExportReadsBackAsFortioResults() {
        String id = run(10, 20, 30, 40);
        JsonPath fortio = given().get("/api/results/" + id + "/export?format=fortio").then().statusCode(200)
                .extract().jsonPath();
        assertThat(fortio.getString("RunType")).isEqualTo("HTTP");
        assertThat(fortio.getString("RequestedQPS")).isEqualTo("100.0");
        assertThat(fortio.getLong("DurationHistogram.Count")).isEqualTo(4);
        assertThat(fortio.getDouble("DurationHistogram.Min")).isBetween(0.0099, 0.0101);
        assertThat(fortio.getDouble("DurationHistogram.Max")).isBetween(0.0399, 0.0401);
        assertThat(fortio.getDouble("DurationHistogram.Data[-1].Percent")).isEqualTo(100.0);
        assertThat(fortio.getList("DurationHistogram.Data.Count", Long.class).stream().mapToLong(Long::longValue)
                .sum()).isEqualTo(4);
        assertThat(fortio.getInt("RetCodes.200")).isEqualTo(4);
        assertThat(fortio.getDouble("DurationHistogram.Percentiles.find { it.Percentile == 50 }.Value"))
                .isBetween(0.0199, 0.0201);
    }

    @Test
    void csvAndHdrExports() throws Exception {
        String id = run(5, 6, 7);
        String csv = given().get("/api/results/" + id + "/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).first().isEqualTo("interval,end,requests,errors,p50_ms,p90_ms,p99_ms");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("0,").contains(",3,0,");

        String hdr = given().get("/api/results/" + id + "/export?format=hdr").then().statusCode(200).extract()
                .asString();
        HistogramLogReader reader = new HistogramLogReader(
                new ByteArrayInputStream(hdr.getBytes(StandardCharsets.UTF_8)));
        Histogram read = (Histogram) reader.nextIntervalHistogram();
        assertThat(read.getTotalCount()).isEqualTo(3);
        assertThat(read.getMaxValue()).isBetween(6995L, 7005L);

        given().get("/api/results/" + id + "/export?format=pdf").then().statusCode(400)
                .body("field", equalTo("format"));
    }

    @Test
    void compareJudgesDifferencesAgainstNoise() {
        String fast = run(repeat(10, 400));
        String same = run(repeat(10, 400));
        String slow = run(repeat(20, 400));

        JsonPath comparison = given().get("/api/results/compare?ids=" + fast + "," + same + "," + slow).then()
                .statusCode(200).extract().jsonPath();
        String p50 = "metrics.find { it.name == 'latency.p50' }";
        List<Double> values = comparison.getList(p50 + ".values", Double.class);
        assertThat(values.get(0)).isCloseTo(10.0, within(0.02));
        assertThat(values.get(1)).isEqualTo(values.get(0));
        assertThat(values.get(2)).isCloseTo(20.0, within(0.03));
        List<Double> percents = comparison.getList(p50 + ".deltaPercents", Double.class);
        assertThat(percents.get(0)).isNull();
        assertThat(percents.get(1)).isEqualTo(0.0);
        assertThat(percents.get(2)).isCloseTo(100.0, within(0.1));
        assertThat(comparison.getList(p50 + ".significant")).containsExactly(null, false, true);
        assertThat(comparison.getString("metrics.find { it.name == 'errorRate' }.method")).contains("z-test");

        given().get("/api/results/compare?ids=" + fast).then().statusCode(400).body("field", equalTo("ids"));
        given().get("/api/results/compare?ids=" + fast + ",nope").then().statusCode(404)
                .body("detail", equalTo("no test with id nope"));
    }

    @Test
    void liveProgressWhileRunningAndAfter() {
        String id = Events.newId();
        given().get("/api/results/" + id + "/live").then().statusCode(200).body("status", equalTo("PENDING"));
        aggregation.onRequested(Events.request(id, 0, 2, 60));
        aggregation.onSample(Events.sample(id, 0, 2, 0, false, 10, 20), -1, -1);
        given().get("/api/results/" + id + "/live").then().statusCode(200).body("status", equalTo("RUNNING"))
                .body("requests", equalTo(2)).body("points.size()", equalTo(0)).body("durationSeconds", equalTo(60.0f))
                .body("dropped", equalTo(0)).body("loadGenerator.status", equalTo("FALLING_BEHIND"));
        aggregation.onSample(Events.sample(id, 1, 2, 0, false, 30), -1, -1);
        JsonPath live = given().get("/api/results/" + id + "/live").then().statusCode(200).extract().jsonPath();
        assertThat(live.getList("points.requests", Long.class)).containsExactly(3L);
        assertThat(live.getDouble("points[0].p99Ms")).isBetween(29.9, 30.1);
        given().get("/api/results/" + id + "/live?after=0").then().body("points.size()", equalTo(0));

        aggregation.onSample(Events.sample(id, 0, 2, 1, true), -1, -1);
        aggregation.onSample(Events.sample(id, 1, 2, 1, true), -1, -1);
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.isFinished(id));
        given().get("/api/results/" + id + "/live").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("requests", equalTo(3)).body("shardsReported", equalTo(2));
    }

    @Test
    void smpExportCarriesTheRunsOwnValues() {
        String id = run(10, 20, 30, 40);
        String yaml = given().get("/api/results/" + id + "/export?format=smp").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertThat(yaml).contains("smp_version: \"v0.0.1\"").contains("id: \"" + id + "\"")
                .contains("latencies_ms:").contains("actual_qps:").doesNotContain("test_id: \"test_test_id\"");
        assertThat(yaml).containsPattern("max: 40\\.\\d+");
    }

    @Test
    void aRunIsJudgedAgainstItsBaseline() {
        String baseline = run(repeat(10, 300));
        String slower = Events.newId();
        var plain = Events.request(slower, 0, 1, 1);
        aggregation.onRequested(new dev.meshperf.contracts.events.TestRequested(slower, plain.requestedAt(),
                plain.startAt(), plain.shard(), plain.generator(), null, plain.spec(), plain.slos(),
                java.util.Map.of(dev.meshperf.contracts.events.RunLabels.BASELINE, baseline), null));
        aggregation.onSample(Events.sample(slower, 0, 1, 0, false, repeat(40, 300)), -1, -1);
        aggregation.onSample(Events.sample(slower, 0, 1, 1, true), -1, -1);
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.isFinished(slower));

        JsonPath verdict = given().get("/api/results/" + slower).then().statusCode(200).extract().jsonPath();
        assertThat(verdict.getString("baseline.baselineTestId")).isEqualTo(baseline);
        assertThat(verdict.getBoolean("baseline.passed")).isFalse();
        assertThat(verdict.getList("baseline.regressions", String.class)).contains("latency.p50", "latency.p90");
        assertThat(given().get("/api/results/" + baseline).then().extract().jsonPath().getString("baseline"))
                .as("a run without a baseline has no baseline verdict").isNull();
    }

    @Test
    void aResultNamesItsSetupAndDrawsServiceTimeBesideLatency() {
        String id = Events.newId();
        var plain = Events.request(id, 0, 1, 1);
        aggregation.onRequested(new dev.meshperf.contracts.events.TestRequested(id, plain.requestedAt(),
                plain.startAt(), plain.shard(), plain.generator(), null, plain.spec(), plain.slos(),
                java.util.Map.of("name", "ad hoc checkout"), null));
        aggregation.onSample(Events.sample(id, 0, 1, 0, false, 2, 3, 5, 8, 13, 21, 34, 55), -1, -1);
        aggregation.onSample(Events.sample(id, 0, 1, 1, true), -1, -1);
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.isFinished(id));

        JsonPath r = given().get("/api/results/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("name")).isEqualTo("ad hoc checkout");
        assertThat(r.getList("setup.targets", String.class)).containsExactly("http://127.0.0.1:9/");
        assertThat(r.getString("setup.load.type")).isEqualTo("constant");
        assertThat(r.getInt("setup.connections")).isEqualTo(2);
        assertThat(r.getList("latencyHistogram.count", Long.class).stream().mapToLong(Long::longValue).sum())
                .as("the histogram holds every request").isEqualTo(8);
        assertThat(r.getList("serviceTimeHistogram.count", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(8);
        assertThat(r.getList("serviceTimeHistogram.fromMs", Double.class))
                .as("both histograms share their bars").isEqualTo(r.getList("latencyHistogram.fromMs", Double.class));
        assertThat(r.getList("serviceTimePercentiles")).isNotEmpty();
        assertThat(r.getString("loadGenerator.status")).as("8 of the 100 req/s asked were sent")
                .isEqualTo("FALLING_BEHIND");
        assertThat(r.getLong("summary.reconnects")).isZero();

        JsonPath listed = given().get("/api/results?size=500").then().statusCode(200).extract().jsonPath();
        int i = listed.getList("testId", String.class).indexOf(id);
        assertThat(listed.getString("[" + i + "].name")).isEqualTo("ad hoc checkout");
        assertThat(listed.getDouble("[" + i + "].requestedRps")).isEqualTo(100.0);
        assertThat(listed.getDouble("[" + i + "].p50Ms")).isBetween(7.9, 8.1);
        assertThat(listed.getString("[" + i + "].sloPassed")).as("a run without SLOs has no SLO verdict").isNull();
    }

    @Test
    void runsPerDayForACalendar() {
        run(5, 6);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        JsonPath days = given().get("/api/results/daily?zone=UTC").then().statusCode(200).extract().jsonPath();
        assertThat(days.getList("date", String.class)).contains(today);
        int i = days.getList("date", String.class).indexOf(today);
        assertThat(days.getLong("[" + i + "].runs")).isGreaterThanOrEqualTo(1);
        assertThat(days.getLong("[" + i + "].completed")).isGreaterThanOrEqualTo(1);
        given().get("/api/results/daily?from=2020-01-01&to=2020-01-31").then().statusCode(200)
                .body("size()", equalTo(0));
        given().get("/api/results/daily?zone=Mars/Olympus").then().statusCode(400).body("field", equalTo("zone"));
        given().get("/api/results/daily?from=2026-12-05&to=2026-12-01").then().statusCode(400)
                .body("field", equalTo("from"));
        given().get("/api/results/daily?from=2020-01-01&to=2026-12-01").then().statusCode(400)
                .body("detail", containsString("400 days"));
    }

    @Test
    void aResultKeepsNoCredentialOfItsRequest() throws Exception {
        String id = Events.newId();
        TestRequested plain = Events.request(id, 0, 1, 1);
        LoadSpec s = plain.spec();
        LoadSpec withSecrets = new LoadSpec(s.protocol(), s.endpoints(), "POST", List.of(new Header("authorization",
                "Bearer s3cret-token"), new Header("x-custom", "c0nfidential", true), new Header("x-team", "pay")),
                Map.of("session", "s3ssion"), "{\"password\": \"hunter2\"}", "application/json", s.load(),
                s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(), s.tls(), s.grpc(),
                s.tcp(), s.mesh(), s.generatorOptions());
        aggregation.onRequested(new TestRequested(id, plain.requestedAt(), plain.startAt(), plain.shard(),
                plain.generator(), plain.profile(), withSecrets, plain.slos(), plain.labels(), null));
        aggregation.onSample(Events.sample(id, 0, 1, 0, false, 10, 20), -1, -1);
        aggregation.onSample(Events.sample(id, 0, 1, 1, true), -1, -1);
        await().atMost(Duration.ofSeconds(10)).until(() -> writer.isFinished(id));

        List<String> secrets = List.of("s3cret-token", "c0nfidential", "s3ssion", "hunter2");
        String stored;
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT request_json FROM test_run WHERE test_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                stored = rs.getString(1);
            }
        }
        assertThat(stored).doesNotContain(secrets).contains("<secret>").contains("pay");
        for (String path : List.of("", "/export?format=fortio", "/export?format=smp", "/export?format=csv")) {
            assertThat(given().get("/api/results/" + id + path).then().statusCode(200).extract().asString())
                    .as(path).doesNotContain(secrets);
        }
    }
}

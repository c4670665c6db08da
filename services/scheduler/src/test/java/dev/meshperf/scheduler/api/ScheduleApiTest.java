package dev.meshperf.scheduler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.meshperf.scheduler.ProfileServiceResource;
import dev.meshperf.scheduler.TestClock;
import dev.meshperf.scheduler.service.FiringService;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * Schedules through the REST API on the real PostgreSQL, firing into the real profile service (a packaged child
 * process on the real broker). Time is a {@link TestClock} that the tests move; a jump with no tick in between is
 * exactly what every scheduler being down looks like.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "scheduler"))
@QuarkusTestResource(value = ProfileServiceResource.class, restrictToAnnotatedClass = true)
class ScheduleApiTest {

    @Inject
    TestClock clock;

    @Inject
    FiringService firing;

    @ConfigProperty(name = "meshperf.test.profile-url")
    String profileUrl;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeSchedules() {
        created.forEach(id -> given().delete("/api/schedules/" + id));
    }

    private String profile() {
        return given().baseUri(profileUrl).contentType(ContentType.JSON).body("""
                {"name": "sched-%s", "endpoints": [{"url": "http://127.0.0.1:9/"}], "concurrentRequests": 1,
                 "load": {"type": "constant", "rate": 10}, "duration": "2s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/profiles").then().statusCode(201)
                .extract().path("id");
    }

    private long profileRuns(String profileId) {
        List<Number> runs = given().baseUri(profileUrl).get("/api/profiles?size=200").then().statusCode(200).extract()
                .jsonPath().getList("profiles.findAll { it.id == '" + profileId + "' }.runs");
        assertThat(runs).hasSize(1);
        return runs.get(0).longValue();
    }

    private JsonPath create(String body) {
        JsonPath saved = given().contentType(ContentType.JSON).body(body).post("/api/schedules").then().statusCode(201)
                .header("Location", containsString("/api/schedules/")).extract().jsonPath();
        created.add(saved.getString("id"));
        return saved;
    }

    private List<JsonPath> history(String id) {
        JsonPath page = given().get("/api/schedules/" + id + "/history?size=200").then().statusCode(200).extract()
                .jsonPath();
        List<JsonPath> out = new ArrayList<>();
        for (int i = 0; i < page.getList("fires").size(); i++) {
            out.add(new JsonPath(page.prettify()).setRootPath("fires[" + i + "]"));
        }
        return out;
    }

    @Test
    void createReadListUpdatePauseResumeDelete() {
        clock.set(Instant.parse("2026-12-03T07:00:00Z"));
        String profile = profile();
        JsonPath s = create("""
                {"name": "weekday mornings", "profileId": "%s", "weekly": "weekdays@09:00",
                 "timeZone": "Europe/Paris", "labels": {"team": "payments"}}""".formatted(profile));
        String id = s.getString("id");
        assertThat(s.getString("description")).isEqualTo("every weekday at 09:00 Europe/Paris");
        assertThat(s.getString("cronEquivalent")).isEqualTo("0 9 * * 1,2,3,4,5");
        assertThat(s.getString("nextFireAt")).isEqualTo("2026-12-03T08:00:00Z");
        assertThat(s.getString("state")).isEqualTo("ACTIVE");
        assertThat(s.getLong("version")).isEqualTo(1);

        given().get("/api/schedules?profileId=" + profile).then().statusCode(200).body("totalCount", equalTo(1))
                .body("schedules[0].id", equalTo(id));
        given().get("/api/schedules/" + id + "/next?count=3").then().statusCode(200)
                .body("nextFires", org.hamcrest.Matchers.contains("2026-12-03T08:00:00Z", "2026-12-04T08:00:00Z",
                        "2026-12-07T08:00:00Z"));

        JsonPath changed = given().contentType(ContentType.JSON).body("""
                {"profileId": "%s", "daily": "18:30", "version": 1}""".formatted(profile)).put("/api/schedules/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(changed.getString("description")).isEqualTo("every day at 18:30 UTC");
        assertThat(changed.getLong("version")).isEqualTo(2);
        given().contentType(ContentType.JSON).body("""
                {"profileId": "%s", "daily": "19:00", "version": 1}""".formatted(profile)).put("/api/schedules/" + id)
                .then().statusCode(409).body("field", equalTo("version"));

        given().post("/api/schedules/" + id + "/pause?reason=release freeze").then().statusCode(200)
                .body("state", equalTo("PAUSED")).body("pausedReason", equalTo("release freeze"));
        given().get("/api/schedules/" + id + "/next").then().statusCode(200).body("nextFires.size()", equalTo(0));
        clock.set(Instant.parse("2026-12-03T19:00:00Z"));
        given().post("/api/schedules/" + id + "/resume").then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("nextFireAt", equalTo("2026-12-04T18:30:00Z"));
        assertThat(history(id)).isEmpty();

        given().delete("/api/schedules/" + id).then().statusCode(204);
        given().get("/api/schedules/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void previewExplainsARuleWithoutSavingIt() {
        clock.set(Instant.parse("2026-12-03T10:07:00Z"));
        given().contentType(ContentType.JSON).body("{\"every\": \"20m\"}").post("/api/schedules/preview?count=2")
                .then().statusCode(200).body("description", equalTo("every 20 minutes UTC"))
                .body("cronEquivalent", equalTo("*/20 * * * *"))
                .body("nextFires", org.hamcrest.Matchers.contains("2026-12-03T10:20:00Z", "2026-12-03T10:40:00Z"));
        given().get("/api/schedules").then().statusCode(200);
    }

    @Test
    void badInputIsA400NamingTheField() {
        clock.set(Instant.parse("2026-12-03T08:00:00Z"));
        String profile = profile();
        record Case(String body, String field, String words) {
        }
        for (Case c : List.of(new Case("{\"profileId\": \"%s\", \"cron\": \"0 25 * * *\"}", "cron", "cron"),
                new Case("{\"profileId\": \"%s\", \"daily\": \"09:00\", \"endAt\": \"2027-02-30\"}", "endAt",
                        "2027-02-30"),
                new Case("{\"profileId\": \"%s\", \"daily\": \"09:00\", \"timeZone\": \"Europe/Atlantis\"}",
                        "timeZone", "Europe/Atlantis"),
                new Case("{\"profileId\": \"%s\", \"every\": \"1m\"}", "every", "at least 5m"),
                new Case("{\"profileId\": \"no-such-profile-%s\", \"daily\": \"09:00\"}", "profileId",
                        "no profile with id"),
                new Case("{\"profileId\": \"%s\"}", "rule", "give one of"),
                new Case("{\"profileId\": \"%s\", \"daily\": \"09:00\", \"evry\": \"5m\"}", "evry", "evry"),
                new Case("{\"profileId\": \"%s\", \"cron\": \"0 9 * * " + "1,".repeat(100) + "1\"}", "cron",
                        "at most 200"),
                new Case("{\"profileId\": \"%s\", \"daily\": \"09:00\", \"name\": \"" + "n".repeat(256) + "\"}",
                        "name", "at most 255"))) {
            given().contentType(ContentType.JSON).body(c.body().formatted(profile)).post("/api/schedules").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo(c.field()))
                    .body("detail", containsString(c.words()));
        }
        given().get("/api/schedules?profileId=" + profile).then().body("totalCount", equalTo(0));
        given().get("/api/schedules/nope/history").then().statusCode(404);
        given().get("/api/schedules?size=0").then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void aScheduleFiresAtItsTimeWithATestIdDerivedFromItAndTheFireTime() {
        clock.set(Instant.parse("2026-12-10T08:59:00Z"));
        String profile = profile();
        String id = create("{\"profileId\": \"%s\", \"daily\": \"09:00\", \"maxRuns\": 2}".formatted(profile))
                .getString("id");
        clock.set(Instant.parse("2026-12-10T09:00:00.200Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> history(id).size() == 1);
        JsonPath fire = history(id).get(0);
        Instant at = Instant.parse("2026-12-10T09:00:00Z");
        assertThat(fire.getString("outcome")).isEqualTo("FIRED");
        assertThat(fire.getString("fireAt")).isEqualTo(at.toString());
        assertThat(fire.getString("testId")).isEqualTo(FiringService.testId(id, at));
        assertThat(fire.getString("detail")).isNull();
        assertThat(profileRuns(profile)).isEqualTo(1);
        given().get("/api/schedules/" + id).then().body("runs", equalTo(1))
                .body("nextFireAt", equalTo("2026-12-11T09:00:00Z"));

        // the profile service recognises a repeated fire by its test id and starts nothing new
        given().baseUri(profileUrl).contentType(ContentType.JSON)
                .body("{\"testId\": \"" + FiringService.testId(id, at) + "\"}")
                .post("/api/profiles/" + profile + "/run")
                .then().statusCode(200).body("testId", equalTo(FiringService.testId(id, at)));
        assertThat(profileRuns(profile)).isEqualTo(1);

        clock.set(Instant.parse("2026-12-11T09:00:01Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> history(id).size() == 2);
        given().get("/api/schedules/" + id).then().body("runs", equalTo(2)).body("state", equalTo("ENDED"));
    }

    @Test
    void afterADowntimeTheMissedOccurrenceFiresInsideTheMisfireWindowAndIsRecordedOutsideIt() {
        clock.set(Instant.parse("2026-12-20T08:30:00Z"));
        String profile = profile();
        String inside = create("{\"profileId\": \"%s\", \"daily\": \"09:00\"}".formatted(profile)).getString("id");
        String outside = create("{\"profileId\": \"%s\", \"daily\": \"08:40\"}".formatted(profile)).getString("id");
        String catchUp = create("{\"profileId\": \"%s\", \"every\": \"5m\"}".formatted(profile)).getString("id");
        // every scheduler down from 08:30 until 09:03: 09:00 is 3 minutes late (window 5m), 08:40 is 23 minutes late
        clock.set(Instant.parse("2026-12-20T09:03:00Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> history(inside).size() == 1
                && history(outside).size() == 1 && history(catchUp).size() == 6);

        JsonPath late = history(inside).get(0);
        assertThat(late.getString("outcome")).isEqualTo("FIRED");
        assertThat(late.getString("detail")).contains("3m late");
        JsonPath missed = history(outside).get(0);
        assertThat(missed.getString("outcome")).isEqualTo("MISSED");
        assertThat(missed.getString("testId")).isNull();
        assertThat(missed.getString("detail")).contains("past the misfire window of 5m");
        given().get("/api/schedules/" + outside).then().body("nextFireAt", equalTo("2026-12-21T08:40:00Z"));

        // 08:35 ... 09:00 were due: the latest fires, the five before it were superseded
        List<JsonPath> fires = history(catchUp);
        assertThat(fires.get(0).getString("fireAt")).isEqualTo("2026-12-20T09:00:00Z");
        assertThat(fires.get(0).getString("outcome")).isEqualTo("FIRED");
        assertThat(fires.subList(1, 6)).allSatisfy(f -> {
            assertThat(f.getString("outcome")).isEqualTo("MISSED");
            assertThat(f.getString("detail")).startsWith("superseded");
        });
        assertThat(profileRuns(profile)).isEqualTo(2);
    }

    @Test
    void concurrentTicksFireEachOccurrenceOnce() throws Exception {
        clock.set(Instant.parse("2026-12-24T11:59:00Z"));
        List<String> profiles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            profiles.add(profile());
            ids.add(create("{\"profileId\": \"%s\", \"daily\": \"12:00\"}".formatted(profiles.get(i)))
                    .getString("id"));
        }
        clock.set(Instant.parse("2026-12-24T12:00:00Z"));
        // four ticks at once besides the service's own ticker: each locks what the others have not
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> ticks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ticks.add(firing::fireDue);
            }
            for (Future<Integer> f : pool.invokeAll(ticks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> ids.stream().allMatch(id -> history(id).size() == 1));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(history(ids.get(i)).get(0).getString("outcome")).isEqualTo("FIRED");
            assertThat(profileRuns(profiles.get(i))).isEqualTo(1);
        }
    }

    @Test
    void aScheduleWhoseProfileWasDeletedRecordsWhyAndPauses() {
        clock.set(Instant.parse("2026-12-27T06:00:00Z"));
        String profile = profile();
        String id = create("{\"profileId\": \"%s\", \"daily\": \"06:30\"}".formatted(profile)).getString("id");
        given().baseUri(profileUrl).delete("/api/profiles/" + profile).then().statusCode(204);
        clock.set(Instant.parse("2026-12-27T06:30:00Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> history(id).size() == 1);
        assertThat(history(id).get(0).getString("outcome")).isEqualTo("FAILED");
        assertThat(history(id).get(0).getString("detail")).contains("no longer exists");
        given().get("/api/schedules/" + id).then().body("state", equalTo("PAUSED"))
                .body("pausedReason", containsString(profile));
    }
}

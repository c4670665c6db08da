package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;

import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.profile.messaging.ProfileChannels;
import dev.meshperf.testing.KafkaAndPostgresResource;

/** Running profiles and ad-hoc definitions: 202, a test id, and one test.requested record per shard. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
class RunApiTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<Object> requested;

    @BeforeEach
    void clear() {
        requested = connector.sink(ProfileChannels.TEST_REQUESTED);
        requested.clear();
    }

    @Test
    void runningAProfilePublishesEveryShardWithTheSnapshot() {
        String id = ProfileApiTest.create(ProfileApiTest.unique("run"));
        JsonPath accepted = given().contentType(ContentType.JSON).body("{\"labels\": {\"build\": \"42\"}}")
                .post("/api/profiles/" + id + "/run").then().statusCode(202).extract().jsonPath();
        String testId = accepted.getString("testId");
        assertThat(accepted.getString("result")).isEqualTo("/api/results/" + testId);
        assertThat(accepted.getInt("shards")).isEqualTo(2);
        assertThat(accepted.getLong("profileVersion")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> requested.received().size() == 2);
        List<TestRequested> shards = requested.received().stream().map(m -> (TestRequested) m.getPayload()).toList();
        assertThat(shards).extracting(r -> r.shard().index()).containsExactlyInAnyOrder(0, 1);
        assertThat(shards).allSatisfy(r -> {
            assertThat(r.testId()).isEqualTo(testId);
            assertThat(r.shard().count()).isEqualTo(2);
            assertThat(r.generator()).isEqualTo("native");
            assertThat(r.profile().id()).isEqualTo(id);
            assertThat(r.profile().version()).isEqualTo(1);
            assertThat(r.spec().connections()).isEqualTo(8);
            assertThat(r.spec().duration()).isEqualTo(Duration.ofSeconds(45));
            assertThat(r.spec().load().type()).isEqualTo(LoadModelType.CONSTANT);
            assertThat(r.slos()).hasSize(1);
            assertThat(r.labels()).containsEntry("team", "payments").containsEntry("build", "42");
            assertThat(r.startAt()).isAfter(r.requestedAt());
        });
        Message<Object> first = requested.received().get(0);
        assertThat(first.getMetadata(OutgoingKafkaRecordMetadata.class)).get()
                .extracting(OutgoingKafkaRecordMetadata::getKey).isEqualTo(testId);

        given().get("/api/profiles/" + id).then().statusCode(200);
        given().get("/api/profiles?search=" + shards.get(0).profile().name()).then()
                .body("profiles[0].runs", equalTo(1)).body("profiles[0].lastTestId", equalTo(testId));

        requested.clear();
        given().post("/api/runs/" + testId + "/cancel").then().statusCode(202);
        await().atMost(Duration.ofSeconds(5)).until(() -> !requested.received().isEmpty());
        assertThat(requested.received().get(0).getPayload()).isInstanceOfSatisfying(TestCancel.class,
                c -> assertThat(c.testId()).isEqualTo(testId));
    }

    @Test
    void recentlyRunSortsProfilesNeverRunLast() {
        String prefix = ProfileApiTest.unique("sort");
        String never = ProfileApiTest.create(prefix + "-a-never");
        String ran = ProfileApiTest.create(prefix + "-b-ran");
        given().post("/api/profiles/" + ran + "/run").then().statusCode(202);
        JsonPath page = given().get("/api/profiles?search=" + prefix + "&sort=-lastRunAt").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("profiles.id", String.class)).containsExactly(ran, never);
        JsonPath ascending = given().get("/api/profiles?search=" + prefix + "&sort=lastRunAt").then().statusCode(200)
                .extract().jsonPath();
        assertThat(ascending.getList("profiles.id", String.class)).containsExactly(ran, never);
    }

    @Test
    void runOptionsAreChecked() {
        String id = ProfileApiTest.create(ProfileApiTest.unique("opts"));
        given().contentType(ContentType.JSON).body("{\"generator\": \"fortio\"}").post("/api/profiles/" + id + "/run")
                .then().statusCode(400).body("field", equalTo("generator"));
        given().contentType(ContentType.JSON).body("{\"shards\": 9}").post("/api/profiles/" + id + "/run").then()
                .statusCode(400).body("field", equalTo("shards"));
        given().contentType(ContentType.JSON).body("{\"testId\": \"" + "t".repeat(FieldLimits.TEST_ID + 1) + "\"}")
                .post("/api/profiles/" + id + "/run").then().statusCode(400).body("field", equalTo("testId"));
        given().post("/api/profiles/no-such-profile/run").then().statusCode(404);
        given().post("/api/runs/no-such-test/cancel").then().statusCode(404);
        assertThat(requested.received()).isEmpty();
    }

    @Test
    void theLongestTestIdAUserMayGiveIsStoredAndRunsOnce() {
        String id = ProfileApiTest.create(ProfileApiTest.unique("long-id"));
        // 64 characters was the column's width while 100 were allowed: a longer id failed with a 500
        String testId = "t" + UUID.randomUUID() + "-".repeat(FieldLimits.TEST_ID - 37);
        String body = "{\"testId\": \"" + testId + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/profiles/" + id + "/run").then().statusCode(202)
                .body("testId", equalTo(testId));
        given().contentType(ContentType.JSON).body(body).post("/api/profiles/" + id + "/run").then().statusCode(200)
                .body("testId", equalTo(testId));
        given().get("/api/profiles/" + id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> requested.received().size() == 2);
        assertThat(requested.received()).extracting(m -> ((TestRequested) m.getPayload()).testId())
                .containsOnly(testId);
    }

    @Test
    void adHocRunsNeedNoSavedProfile() {
        String body = """
                {"endpoints": [{"url": "http://127.0.0.1:9/"}], "concurrentRequests": 2,
                 "load": {"type": "constant", "rate": 50}, "duration": "2s"}""";
        var response = given().contentType(ContentType.JSON).body(body).post("/api/runs").then().statusCode(202)
                .extract();
        String testId = response.path("testId");
        assertThat(response.header("Location")).endsWith("/api/results/" + testId);
        await().atMost(Duration.ofSeconds(5)).until(() -> requested.received().size() == 1);
        TestRequested r = (TestRequested) requested.received().get(0).getPayload();
        assertThat(r.profile()).isNull();
        assertThat(r.shard().count()).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"endpoints\": [{\"url\": \"http://h/\"}], \"duration\": \"-1s\"}")
                .post("/api/runs").then().statusCode(400).body("field", equalTo("duration"));
    }
}

package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.testing.KafkaAndPostgresResource;

/** Profiles through the REST API, stored in the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
class ProfileApiTest {

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String profile(String name) {
        return """
                {"name": "%s", "description": "checkout under load",
                 "endpoints": [{"url": "http://127.0.0.1:8080/checkout"}],
                 "serviceMesh": {"name": "istio", "version": "1.24"},
                 "concurrentRequests": 8, "load": {"type": "constant", "rate": 200},
                 "duration": "45s", "warmup": "5s", "shards": 2,
                 "headers": [{"name": "x-team", "value": "payments"}], "cookies": {"session": "abc"},
                 "slos": [{"metric": "latency.p99", "op": "<=", "threshold": 250}],
                 "labels": {"team": "payments"}}""".formatted(name);
    }

    static String create(String name) {
        return given().contentType(ContentType.JSON).body(profile(name)).post("/api/profiles").then().statusCode(201)
                .header("Location", containsString("/api/profiles/")).extract().path("id");
    }

    @Test
    void createReadUpdateRenameDelete() {
        String name = unique("checkout");
        String id = create(name);
        JsonPath got = given().get("/api/profiles/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(got.getLong("version")).isEqualTo(1);
        assertThat(got.getString("duration")).isEqualTo("45s");
        assertThat(got.getString("protocol")).isEqualTo("http1");
        assertThat(got.getString("method")).isEqualTo("GET");
        assertThat(got.getList("loadGenerators")).containsExactly("native");
        assertThat(got.getString("serviceMesh.version")).isEqualTo("1.24");
        assertThat(got.getDouble("load.rate")).isEqualTo(200.0);

        String renamed = unique("renamed");
        given().contentType(ContentType.JSON).body(profile(renamed).replace("\"shards\": 2", "\"shards\": 4"))
                .put("/api/profiles/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("id", equalTo(id)).body("name", equalTo(renamed)).body("shards", equalTo(4));
        given().get("/api/profiles/" + id + "/versions").then().statusCode(200).body("version", hasItems(1, 2));
        given().get("/api/profiles/" + id + "/versions/1").then().statusCode(200).body("name", equalTo(name))
                .body("shards", equalTo(2));

        // a stale version is refused, and nothing changes
        given().contentType(ContentType.JSON).body(profile(renamed).replaceFirst("\\{", "{\"version\": 1, "))
                .put("/api/profiles/" + id).then().statusCode(409).body("field", equalTo("version"));
        given().get("/api/profiles/" + id).then().body("version", equalTo(2));

        given().delete("/api/profiles/" + id).then().statusCode(204);
        given().get("/api/profiles/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/profiles/" + id).then().statusCode(404);
    }

    @Test
    void namesAreUnique() {
        String name = unique("dup");
        create(name);
        given().contentType(ContentType.JSON).body(profile(name)).post("/api/profiles").then().statusCode(409)
                .body("field", equalTo("name"));
    }

    @Test
    void listPagesSearchesAndSorts() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (String n : List.of("b", "a", "c")) {
            create("list-" + tag + "-" + n);
        }
        JsonPath page = given().queryParam("search", tag.toUpperCase()).queryParam("sort", "-name")
                .queryParam("size", 2).get("/api/profiles").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("totalCount")).isEqualTo(3);
        assertThat(page.getList("profiles.name", String.class)).containsExactly("list-" + tag + "-c",
                "list-" + tag + "-b");
        assertThat(given().queryParam("search", tag).queryParam("sort", "-name").queryParam("size", 2)
                .queryParam("page", 1).get("/api/profiles").then().statusCode(200).extract().jsonPath()
                .getList("profiles.name", String.class)).containsExactly("list-" + tag + "-a");
        given().queryParam("sort", "colour").get("/api/profiles").then().statusCode(400).body("field",
                equalTo("sort"));
        given().queryParam("size", 0).get("/api/profiles").then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void everyBadFieldIsNamed() {
        String bad = """
                {"name": "bad", "endpoints": [{"url": "ftp://x"}, {"url": "http://"}],
                 "concurrentRequests": -1, "load": {"type": "constant", "rate": 1e12},
                 "duration": "0s", "headers": [{"name": "bad header", "value": "v"}],
                 "loadGenerators": ["gatling", "native", "native"], "shards": 1000,
                 "slos": [{"metric": "latency.p42", "op": "<=", "threshold": 1}]}""";
        JsonPath problem = given().contentType(ContentType.JSON).body(bad).post("/api/profiles").then()
                .statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).contains("endpoints[0].url", "endpoints[1].url",
                "concurrentRequests", "load.rate", "duration", "headers[0].name", "loadGenerators[0]",
                "loadGenerators[2]", "shards", "slos[0].metric");
        assertThat(problem.getString("detail")).contains("gatling").contains("'native' is listed twice");
    }

    @Test
    void unreadableFieldsAreNamed() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"duration\": \"soon\"}").post("/api/profiles")
                .then().statusCode(400).body("field", equalTo("duration")).body("detail", containsString("soon"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"qsp\": 10}").post("/api/profiles").then()
                .statusCode(400).body("field", equalTo("qsp"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"protocol\": \"smtp\"}")
                .post("/api/profiles").then().statusCode(400).body("field", equalTo("protocol"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/profiles").then().statusCode(400);
        String huge = "x".repeat(600 * 1024);
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"big\", \"endpoints\": [{\"url\": \"http://h/\"}], \"body\": \"" + huge + "\"}")
                .post("/api/profiles").then().statusCode(400).body("field", equalTo("body"));
    }
}

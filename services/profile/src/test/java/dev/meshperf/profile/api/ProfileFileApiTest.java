package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.testing.KafkaAndPostgresResource;

/** Profiles as code: YAML export and apply, and SMP import. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
class ProfileFileApiTest {

    static io.restassured.specification.RequestSpecification yaml() {
        return given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().encodeContentTypeAs("application/yaml", io.restassured.http.ContentType.TEXT)))
                .contentType("application/yaml");
    }

    @Test
    void exportedYamlAppliesBackAsTheNextVersion() {
        String name = ProfileApiTest.unique("yaml");
        String id = ProfileApiTest.create(name);
        String yaml = given().get("/api/profiles/" + id + "/export").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertThat(yaml).contains("name: " + name).contains("duration: 45s").doesNotContainPattern("(?m)^version:")
                .doesNotContain(id);

        String changed = yaml.replace("duration: 45s", "duration: 1m30s");
        yaml().body(changed).post("/api/profiles/apply").then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(2)).body("duration", equalTo("1m30s"));

        // a copy under another name has no stored secrets to keep: the cookie's placeholder needs a value
        assertThat(changed).contains("session: <secret>").doesNotContain("abc");
        String fresh = changed.replace("name: " + name, "name: " + name + "-copy");
        yaml().body(fresh).post("/api/profiles/apply").then().statusCode(400).body("field", equalTo("cookies.session"));
        fresh = fresh.replace("session: <secret>", "session: abc");
        yaml().body(fresh).post("/api/profiles/apply").then().statusCode(201)
                .body("version", equalTo(1));

        yaml().body("name: [unclosed").post("/api/profiles/apply").then()
                .statusCode(400);
        yaml().body("description: no name\n").post("/api/profiles/apply").then()
                .statusCode(400).body("field", equalTo("name"));
    }

    @Test
    void smpRunFileImports() {
        String name = ProfileApiTest.unique("istio");
        String smp = """
                test:
                  smp_version: v0.0.1
                  name: %s
                  labels: {env: staging}
                  clients:
                    - internal: false
                      load_generator: gatling
                      protocol: 1
                      connections: 2
                      rps: 10
                      headers: {x-user: smp}
                      cookies: {}
                      body: ''
                      content_type: ''
                      endpoint_urls: ['http://localhost:2323/productpage']
                    - load_generator: gatling
                      connections: 3
                      rps: 15
                      endpoint_urls: ['http://localhost:2323/productpage']
                  duration: '30m'
                mesh:
                  type: 3
                """.formatted(name);
        yaml().body(smp).post("/api/profiles/import").then().statusCode(400)
                .body("field", equalTo("loadGenerators[0]"));

        JsonPath p = yaml().body(smp).queryParam("generator", "native")
                .post("/api/profiles/import").then().statusCode(201).extract().jsonPath();
        assertThat(p.getString("name")).isEqualTo(name);
        assertThat(p.getInt("shards")).isEqualTo(2);
        assertThat(p.getInt("concurrentRequests")).isEqualTo(5);
        assertThat(p.getString("load.type")).isEqualTo("constant");
        assertThat(p.getDouble("load.rate")).isEqualTo(25.0);
        assertThat(p.getString("duration")).isEqualTo("30m");
        assertThat(p.getString("endpoints[0].url")).isEqualTo("http://localhost:2323/productpage");
        assertThat(p.getString("serviceMesh.name")).isEqualTo("istio");
        assertThat(p.getString("headers[0].name")).isEqualTo("x-user");
        assertThat(p.getString("labels.env")).isEqualTo("staging");

        String camel = """
                {"smpVersion": "v0.0.1", "name": "%s-camel", "duration": "10s",
                 "clients": [{"loadGenerator": "native", "protocol": "grpc", "connections": 1, "rps": 0,
                              "endpointUrls": ["grpc://127.0.0.1:9090"]}]}""".formatted(name);
        given().contentType(io.restassured.http.ContentType.JSON).body(camel).post("/api/profiles/import").then()
                .statusCode(201)
                .body("protocol", equalTo("grpc")).body("load.type", equalTo("max"));

        yaml().body("test: {name: x, clients: []}").post("/api/profiles/import")
                .then().statusCode(400).body("field", equalTo("test.clients"));
        yaml()
                .body("test: {name: x, clients: [{protocol: 3, endpoint_urls: ['http://h/']}]}")
                .post("/api/profiles/import").then().statusCode(400).body("field", equalTo("test.clients[0].protocol"));
    }
}

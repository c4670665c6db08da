package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

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
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;

import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.profile.messaging.ProfileChannels;
import dev.meshperf.testing.HostileJson;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * Generated bodies (QuickTheories, {@link HostileJson}) sent to every write endpoint of the profile service, on the
 * real PostgreSQL: never a 500, every 400 names its field, and a refused request stores and publishes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
class WriteEndpointsPropertyTest {

    static final int EXAMPLES = Integer.getInteger("meshperf.examples", 150);
    /** Test ids of 65 to 100 characters pass validation and overflow their column: the reliability issue's case. */
    private static final Pattern LONG_TEST_ID = Pattern.compile("\"testId\":\"[^\"]{65,100}\"");

    static final String PROFILE = """
            {"name": "NAME", "description": "hostile input", "labels": {"team": "payments"},
             "loadGenerators": ["native"], "shards": 1, "protocol": "http1",
             "endpoints": [{"url": "http://127.0.0.1:8080/a", "weight": 2}, {"url": "http://127.0.0.1:8080/b"}],
             "method": "POST", "headers": [{"name": "authorization", "value": "Bearer t0ken"},
                                           {"name": "x-team", "value": "payments", "secret": false}],
             "cookies": {"session": "s3ssion"}, "body": "{\\"password\\": \\"hunter2\\"}",
             "contentType": "application/json", "load": {"type": "constant", "rate": 50},
             "concurrentRequests": 2, "threads": 1, "duration": "5s", "warmup": "1s", "requestTimeout": "2s",
             "insecure": false, "sni": "checkout.example", "serviceMesh": {"name": "istio", "version": "1.24"},
             "generatorOptions": {"native.max-queue": "100"},
             "slos": [{"metric": "latency.p99", "op": "<=", "threshold": 250}],
             "metrics": [{"name": "up", "query": "sum(up)"}]}""";
    static final String SMP = """
            {"smpVersion": "v0.0.1", "name": "NAME", "duration": "10s", "labels": {"env": "test"},
             "clients": [{"loadGenerator": "native", "protocol": "http1", "connections": 2, "rps": 10,
                          "headers": {"x-user": "smp"}, "cookies": {"s": "1"}, "body": "", "contentType": "",
                          "endpointUrls": ["http://127.0.0.1:2323/productpage"]}]}""";
    static final String RUN = """
            {"generator": "native", "shards": 1, "labels": {"build": "42"}, "testId": "TESTID"}""";

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<Object> requested;
    private String base;

    @BeforeEach
    void setUp() {
        requested = connector.sink(ProfileChannels.TEST_REQUESTED);
        requested.clear();
        base = given().contentType("application/json").body(PROFILE.replace("NAME", unique()))
                .post("/api/profiles").then().statusCode(201).extract().path("id");
    }

    private static String unique() {
        return "hostile-" + UUID.randomUUID();
    }

    @Test
    void createNeverFailsAndARefusalStoresNothing() {
        check(PROFILE, body -> post("/api/profiles", "application/json", body), this::profiles);
    }

    @Test
    void updateNeverFailsAndARefusalChangesNothing() {
        check(PROFILE, body -> put("/api/profiles/" + base, body), this::baseVersion);
    }

    @Test
    void applyNeverFailsAndARefusalStoresNothing() {
        check(PROFILE, body -> post("/api/profiles/apply", "application/yaml", body), () -> profiles() + "/"
                + baseVersion());
    }

    @Test
    void importNeverFailsAndARefusalStoresNothing() {
        check(SMP, body -> post("/api/profiles/import", "application/json", body), this::profiles);
    }

    @Test
    void runsNeverFailAndARefusalPublishesNothing() {
        check(RUN, body -> post("/api/profiles/" + base + "/run", "application/json", body), this::published);
        check(PROFILE, body -> post("/api/runs", "application/json", body), this::published);
    }

    @Test
    void cancelNeverFails() {
        // a request line beyond the HTTP server's limit is refused by it (414) before the application sees it
        qt().withExamples(EXAMPLES).forAll(hostileStrings().assuming(s -> s.length() < 2000)).checkAssert(id -> {
            Response r = given().queryParam("reason", id).post("/api/runs/" + encode(id) + "/cancel");
            assertSafe("cancel " + id, r);
        });
    }

    /** Each generated body through {@code send}: safe, and nothing {@code state} shows changed when refused. */
    private void check(String valid, Function<String, Response> send, Supplier<Object> state) {
        Gen<String> bodies = HostileJson.bodies(valid).map(b -> b.replace("NAME", unique())
                .replace("TESTID", "t-" + UUID.randomUUID())).assuming(b -> !LONG_TEST_ID.matcher(b).find());
        qt().withExamples(EXAMPLES).forAll(bodies).checkAssert(body -> {
            Object before = state.get();
            Response r = send.apply(body);
            assertSafe(body, r);
            if (r.statusCode() == 400) {
                assertThat(state.get()).as("stored or published after a 400 for %s", shorter(body)).isEqualTo(before);
            }
        });
    }

    static void assertSafe(String input, Response r) {
        int status = r.statusCode();
        assertThat(status).as("%s answered %s", shorter(input), r.asString()).isLessThan(500);
        if (status == 400) {
            JsonPath problem = r.jsonPath();
            assertThat(problem.getString("field")).as("the field of %s for %s", r.asString(), shorter(input))
                    .isNotBlank();
            List<String> fields = problem.getList("errors.field");
            if (fields != null) {
                assertThat(fields).as(r.asString()).allSatisfy(f -> assertThat(f).isNotBlank());
            }
        }
    }

    private static Gen<String> hostileStrings() {
        return in -> HostileJson.value(in, 0).asText();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorter(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " characters)" : s;
    }

    private static Response post(String path, String type, String body) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs("application/yaml", ContentType.TEXT))).contentType(type).body(body).post(path);
    }

    private static Response put(String path, String body) {
        return given().contentType("application/json").body(body).put(path);
    }

    private Object profiles() {
        return given().get("/api/profiles?size=1").then().statusCode(200).extract().path("totalCount");
    }

    private Object baseVersion() {
        return given().get("/api/profiles/" + base).then().statusCode(200).extract().asString();
    }

    private Object published() {
        return requested.received().size();
    }
}

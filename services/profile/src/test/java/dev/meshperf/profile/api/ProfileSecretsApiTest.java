package dev.meshperf.profile.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.profile.messaging.InMemoryChannels;
import dev.meshperf.profile.messaging.ProfileChannels;
import dev.meshperf.profile.service.Documents;
import dev.meshperf.profile.service.PlainSecretSealer;
import dev.meshperf.profile.service.ProfileDefaults;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * Secrets in profiles: stored sealed in the real PostgreSQL, never returned by a read, a version or an export, kept
 * when a placeholder comes back, replaced when a value does, and sent to runners in plain text.
 */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "profile"))
class ProfileSecretsApiTest {

    static final List<String> SECRETS = List.of("s3cret-token", "pr0xy-pass", "k3y-123", "c0nfidential", "s3ssion",
            "hunter2");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DataSource database;

    @Inject
    PlainSecretSealer sealer;

    private InMemorySink<Object> requested;

    @BeforeEach
    void clear() {
        requested = connector.sink(ProfileChannels.TEST_REQUESTED);
        requested.clear();
    }

    static String withSecrets(String name) {
        return """
                {"name": "%s", "endpoints": [{"url": "http://127.0.0.1:8080/login"}], "method": "POST",
                 "headers": [{"name": "authorization", "value": "Bearer s3cret-token"},
                             {"name": "Proxy-Authorization", "value": "Basic pr0xy-pass"},
                             {"name": "X-API-Key", "value": "k3y-123"},
                             {"name": "x-custom", "value": "c0nfidential", "secret": true},
                             {"name": "x-team", "value": "payments"}],
                 "cookies": {"session": "s3ssion"},
                 "contentType": "application/json", "body": "{\\"user\\": \\"ann\\", \\"password\\": \\"hunter2\\"}",
                 "duration": "5s"}""".formatted(name);
    }

    @Test
    void noReadShowsASecret() throws Exception {
        String name = ProfileApiTest.unique("secrets");
        String created = given().contentType(ContentType.JSON).body(withSecrets(name)).post("/api/profiles").then()
                .statusCode(201).extract().asString();
        String id = JsonPath.from(created).getString("id");

        List<String> reads = new ArrayList<>(List.of(created,
                given().get("/api/profiles/" + id).then().statusCode(200).extract().asString(),
                given().get("/api/profiles/" + id + "/versions/1").then().statusCode(200).extract().asString(),
                given().get("/api/profiles/" + id + "/export").then().statusCode(200).extract().asString(),
                given().get("/api/profiles?search=" + name).then().statusCode(200).extract().asString()));
        for (String read : reads) {
            assertThat(read).doesNotContain(SECRETS);
        }
        JsonPath got = JsonPath.from(reads.get(1));
        assertThat(got.getList("headers.value")).containsExactly("<secret>", "<secret>", "<secret>", "<secret>",
                "payments");
        assertThat(got.getList("headers.secret")).containsExactly(true, true, true, true, null);
        assertThat(got.getString("cookies.session")).isEqualTo("<secret>");
        assertThat(got.getString("body")).isEqualTo("{\"user\": \"ann\", \"password\": \"<secret>\"}");
        assertThat(reads.get(3)).contains("<secret>").contains("payments");

        for (String stored : storedDocuments(id)) {
            assertThat(stored).doesNotContain(SECRETS).contains("sealed:v1:");
        }

        LoadSpec sent = run(id);
        assertThat(sent.headers()).extracting(Header::value).containsExactly("Bearer s3cret-token",
                "Basic pr0xy-pass", "k3y-123", "c0nfidential", "payments");
        assertThat(sent.cookies()).containsEntry("session", "s3ssion");
        assertThat(sent.body()).isEqualTo("{\"user\": \"ann\", \"password\": \"hunter2\"}");
    }

    @Test
    void aPlaceholderKeepsTheStoredValueAndANewValueReplacesIt() {
        String name = ProfileApiTest.unique("keep");
        String id = given().contentType(ContentType.JSON).body(withSecrets(name)).post("/api/profiles").then()
                .statusCode(201).extract().path("id");

        // a read sent back as it is (what a UI does) keeps every secret
        String read = given().get("/api/profiles/" + id).then().extract().asString();
        given().contentType(ContentType.JSON).body(read).put("/api/profiles/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        LoadSpec kept = run(id);
        assertThat(kept.headers().get(0).value()).isEqualTo("Bearer s3cret-token");
        assertThat(kept.body()).contains("hunter2");

        // the exported file applied again (profiles as code) keeps them too; a new token replaces the old one
        String yaml = given().get("/api/profiles/" + id + "/export").then().extract().asString();
        String changed = yaml.replaceFirst("value: <secret>", "value: Bearer n3w-token");
        assertThat(changed).isNotEqualTo(yaml);
        ProfileFileApiTest.yaml().body(changed).post("/api/profiles/apply").then().statusCode(200)
                .body("version", equalTo(3)).body("headers[0].value", equalTo("<secret>"));
        LoadSpec replaced = run(id);
        assertThat(replaced.headers()).extracting(Header::value).containsExactly("Bearer n3w-token",
                "Basic pr0xy-pass", "k3y-123", "c0nfidential", "payments");
        assertThat(replaced.cookies()).containsEntry("session", "s3ssion");
    }

    @Test
    void aPlaceholderWithNothingStoredOrASealedValueIsRefusedAndNothingIsSaved() {
        String name = ProfileApiTest.unique("refused");
        String body = withSecrets(name).replace("Bearer s3cret-token", "<secret>");
        given().contentType(ContentType.JSON).body(body).post("/api/profiles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("headers[0].value")));
        given().get("/api/profiles?search=" + name).then().body("totalCount", equalTo(0));

        String copied = withSecrets(name).replace("hunter2", "sealed:v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        given().contentType(ContentType.JSON).body(copied).post("/api/profiles").then().statusCode(400)
                .body("field", equalTo("body"));

        given().contentType(ContentType.JSON).body(withSecrets(name).replace("\"s3ssion\"", "\"<secret>\""))
                .post("/api/runs").then().statusCode(400).body("field", equalTo("cookies.session"));
        assertThat(requested.received()).isEmpty();
    }

    @Test
    void metadataAddressesAreRefusedWithTheirField() {
        String body = ProfileApiTest.profile(ProfileApiTest.unique("metadata")).replace(
                "http://127.0.0.1:8080/checkout", "http://169.254.169.254/latest/meta-data?x=");
        given().contentType(ContentType.JSON).body(body).post("/api/profiles").then().statusCode(400)
                .body("field", equalTo("endpoints[0].url"))
                .body("detail", org.hamcrest.Matchers.containsString("link-local or cloud metadata"));
        given().contentType(ContentType.JSON).body(body.replace("169.254.169.254", "[fd00:ec2::254]"))
                .post("/api/runs").then().statusCode(400).body("field", equalTo("endpoints[0].url"));
        assertThat(requested.received()).isEmpty();
    }

    @Test
    void plainSecretsOfOlderProfilesAreSealedAtStart() throws Exception {
        String id = given().contentType(ContentType.JSON).body(withSecrets(ProfileApiTest.unique("older")))
                .post("/api/profiles").then().statusCode(201).extract().path("id");
        // as a profile saved before sealing existed: its document and version in plain text
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("UPDATE profile SET document = ? WHERE id = ?");
                PreparedStatement v = c.prepareStatement("UPDATE profile_version SET document = ? WHERE "
                        + "profile_id = ?")) {
            String document = Documents.toJson(ProfileDefaults.apply(Documents.json().readValue(withSecrets(
                    "older-plain"), ProfileDocument.class), "native").withIdentity(id, 1L, java.time.Instant.now(),
                            java.time.Instant.now()));
            assertThat(document).contains("s3cret-token").contains("hunter2");
            q.setString(1, document);
            q.setString(2, id);
            v.setString(1, document);
            v.setString(2, id);
            assertThat(q.executeUpdate() + v.executeUpdate()).isEqualTo(2);
        }
        given().get("/api/profiles/" + id).then().statusCode(200).body(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("s3cret-token")));

        assertThat(sealer.sealPlainSecrets()).isEqualTo(2);

        for (String stored : storedDocuments(id)) {
            assertThat(stored).doesNotContain(SECRETS).contains("sealed:v1:");
        }
        assertThat(run(id).headers().get(0).value()).isEqualTo("Bearer s3cret-token");
    }

    private LoadSpec run(String id) {
        requested.clear();
        given().contentType(ContentType.JSON).body("{}").post("/api/profiles/" + id + "/run").then().statusCode(202);
        await().atMost(Duration.ofSeconds(5)).until(() -> !requested.received().isEmpty());
        return ((TestRequested) requested.received().get(0).getPayload()).spec();
    }

    private List<String> storedDocuments(String id) throws Exception {
        List<String> documents = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT document FROM profile WHERE id = ? UNION ALL "
                        + "SELECT document FROM profile_version WHERE profile_id = ?")) {
            q.setString(1, id);
            q.setString(2, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    documents.add(rs.getString(1));
                }
            }
        }
        assertThat(documents).hasSize(2);
        return documents;
    }
}

package dev.meshperf.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The public API as {@code /q/openapi} describes it: the same document as the committed {@code contracts/openapi.yaml}
 * (so every API change is a visible diff), and every operation with the schema of what it answers, an example and
 * its errors.
 */
@QuarkusTest
@TestProfile(OpenApiContractTest.DocumentOnly.class)
class OpenApiContractTest {

    /** No service behind the gateway is needed to serve its document. */
    public static class DocumentOnly implements QuarkusTestProfile {
    }

    private static final String COMMITTED = "/dev/meshperf/contracts/openapi.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> WITHOUT_BODY = Set.of("202", "204");

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        String committed;
        try (InputStream in = getClass().getResourceAsStream(COMMITTED)) {
            assertThat(in).as("contracts/openapi.yaml in the contracts jar").isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // compared as documents: the order of keys in a mapping is not part of the API
        if (!YAML.readTree(served).equals(YAML.readTree(committed))) {
            Path written = Path.of("target", "openapi-served.yaml");
            Files.writeString(written, served);
            assertThat(normalized(served)).as("/q/openapi differs from contracts/openapi.yaml: the public API changed."
                    + " If that is meant, copy %s over contracts/openapi.yaml and commit it with the change",
                    written.toAbsolutePath()).isEqualTo(normalized(committed));
        }
    }

    @Test
    void everyOperationSaysWhatItAnswersAndHowItFails() {
        JsonNode doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .as(JsonNode.class);
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                check(name, op.getValue(), missing);
            }
        }
        assertThat(operations).as("operations under /api").isGreaterThan(50);
        assertThat(missing).as("what the OpenAPI document leaves out").isEmpty();
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("field")).isTrue();
        assertThat(problem.path("examples").path(0).path("field").asText()).as("the problem's example").isNotEmpty();
    }

    private static void check(String name, JsonNode op, List<String> missing) {
        if (op.path("operationId").asText("").isEmpty()) {
            missing.add(name + ": no operationId");
        }
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            String status = response.getKey();
            if (status.startsWith("2")) {
                success = true;
                if (!WITHOUT_BODY.contains(status) && !hasSchema(response.getValue())) {
                    missing.add(name + ": " + status + " without a response schema");
                }
                if (!WITHOUT_BODY.contains(status) && !hasExample(response.getValue())) {
                    missing.add(name + ": " + status + " without an example");
                }
            } else if (!hasSchema(response.getValue())) {
                missing.add(name + ": " + status + " without its problem schema");
            }
        }
        if (!success) {
            missing.add(name + ": no success response");
        }
        for (String error : List.of("401", "503")) {
            if (!op.path("responses").has(error)) {
                missing.add(name + ": no " + error + " response");
            }
        }
        if (op.has("requestBody") && !hasSchema(op.path("requestBody"))) {
            missing.add(name + ": a request body without a schema");
        }
        JsonNode jsonBody = op.path("requestBody").path("content").path("application/json");
        if (!jsonBody.isMissingNode() && !jsonBody.has("example") && !jsonBody.path("schema").path("type").asText()
                .equals("object")) {
            missing.add(name + ": a JSON request body without an example");
        }
    }

    /** Whether every media type of a response or request body has a schema that says something. */
    private static boolean hasSchema(JsonNode withContent) {
        JsonNode content = withContent.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            JsonNode schema = media.path("schema");
            if (!schema.has("$ref") && !schema.has("type")) {
                return false;
            }
        }
        return true;
    }

    /** Whether some media type of a response has an example. */
    private static boolean hasExample(JsonNode response) {
        for (JsonNode media : response.path("content")) {
            if (media.has("example") || media.has("examples")) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}

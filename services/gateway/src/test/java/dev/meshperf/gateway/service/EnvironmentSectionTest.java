package dev.meshperf.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How the environment section joins the analysis' answers (the calls themselves: GatewayEndToEndIT). */
class EnvironmentSectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCollectorsComparisonIsTheSectionAndItsRefusalIsNamed() throws Exception {
        JsonNode ok = EnvironmentSection.section(200, bytes("{\"testIds\": [\"a\", \"b\"], \"runs\": []}"));
        assertThat(ok.path("testIds").size()).isEqualTo(2);
        assertThat(ok.has("error")).isFalse();

        JsonNode refused = EnvironmentSection.section(400, bytes(
                "{\"status\": 400, \"detail\": \"ids: a test id appears twice\", \"field\": \"ids\"}"));
        assertThat(refused.path("error").asText()).isEqualTo(
                "the metrics collector answered HTTP 400: ids: a test id appears twice");
        assertThat(EnvironmentSection.section(502, bytes("<html>bad gateway</html>")).path("error").asText())
                .isEqualTo("the metrics collector answered HTTP 502");
        assertThat(EnvironmentSection.section(200, new byte[0]).path("error").asText()).isEqualTo(
                "the metrics collector answered HTTP 200");
    }

    @Test
    void onlyAJsonObjectOfA200IsExtendedAndItsOldEntityTagGoes() throws Exception {
        Response analysis = Response.ok(bytes("{\"testIds\": [\"a\", \"b\"], \"metrics\": []}")).header(
                HttpHeaders.CONTENT_TYPE, "application/json").header(HttpHeaders.ETAG, "\"v1\"").build();
        ObjectNode doc = EnvironmentSection.body(analysis);
        assertThat(doc).isNotNull();
        doc.set(EnvironmentSection.FIELD, EnvironmentSection.error("the metrics collector is not reachable"));

        Response joined = EnvironmentSection.rebuild(analysis, doc);
        assertThat(joined.getStatus()).isEqualTo(200);
        assertThat(joined.getHeaderString(HttpHeaders.ETAG)).isNull();
        JsonNode body = JSON.readTree((byte[]) joined.getEntity());
        assertThat(body.path("metrics").isArray()).isTrue();
        assertThat(body.path("environment").path("error").asText()).isEqualTo("the metrics collector is not "
                + "reachable");

        assertThat(EnvironmentSection.body(Response.status(404).entity(bytes("{\"detail\": \"no such test\"}"))
                .build())).isNull();
        assertThat(EnvironmentSection.body(Response.ok(bytes("[1, 2]")).build())).isNull();
    }
}

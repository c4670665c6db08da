package dev.meshperf.gateway.service;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.meshperf.gateway.client.EnvironmentClient;

/**
 * Adds what changed in the system between runs (the metrics collector's {@code /api/environment/compare}) to the
 * analysis' answers: an {@code environment} section to a comparison, and to a result's baseline verdict. The numbers
 * never wait on it: a collector that cannot answer leaves a section with its {@code error}, and an analysis answer
 * that is not a 200 passes unchanged.
 */
@ApplicationScoped
public class EnvironmentSection {

    static final String FIELD = "environment";
    private static final Logger LOG = Logger.getLogger(EnvironmentSection.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @RestClient
    EnvironmentClient collector;

    /** The comparison of {@code ids} with its environment section. */
    public Response addToComparison(Response comparison, String ids) {
        ObjectNode doc = body(comparison);
        if (doc == null) {
            return comparison;
        }
        doc.set(FIELD, ask(ids));
        return rebuild(comparison, doc);
    }

    /** The result with an environment section in its baseline verdict, when it has one. */
    public Response addToBaseline(Response result, String testId) {
        ObjectNode doc = body(result);
        String baseline = doc == null ? null : doc.path("baseline").path("baselineTestId").asText(null);
        if (baseline == null || baseline.equals(testId) || !(doc.get("baseline") instanceof ObjectNode verdict)) {
            return result;
        }
        verdict.set(FIELD, ask(baseline + "," + testId));
        return rebuild(result, doc);
    }

    /** The collector's comparison, or a section holding why there is none. */
    private JsonNode ask(String ids) {
        try (Response answer = collector.compare(ids)) {
            byte[] bytes = answer.hasEntity() ? answer.readEntity(byte[].class) : new byte[0];
            return section(answer.getStatus(), bytes);
        } catch (ProcessingException e) {
            LOG.debugf("the metrics collector could not be asked what changed between %s: %s", ids, e.getMessage());
            return error("the metrics collector is not reachable; what changed between the runs is unknown");
        }
    }

    /** A 200's body as it is; otherwise an error naming the status and the collector's own detail. */
    static JsonNode section(int status, byte[] body) {
        JsonNode json = null;
        try {
            json = body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            // not JSON: said below by its status
        }
        if (status == 200 && json != null && json.isObject()) {
            return json;
        }
        String detail = json == null ? "" : json.path("detail").asText("");
        return error("the metrics collector answered HTTP " + status + (detail.isEmpty() ? "" : ": " + detail));
    }

    static ObjectNode error(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("error", message);
        return error;
    }

    /** The JSON object of a 200 answer; null for anything else, which passes unchanged. */
    static ObjectNode body(Response answer) {
        if (answer.getStatus() != 200 || !(answer.getEntity() instanceof byte[] bytes)) {
            return null;
        }
        try {
            return JSON.readTree(bytes) instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The answer with the new body; an entity tag of the old body no longer holds. */
    static Response rebuild(Response original, JsonNode doc) {
        try {
            return Response.fromResponse(original).entity(JSON.writeValueAsBytes(doc)).header(
                    HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, null).build();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}

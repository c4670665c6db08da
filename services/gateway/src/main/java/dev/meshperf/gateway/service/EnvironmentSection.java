package dev.meshperf.gateway.service;

import java.io.IOException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.meshperf.contracts.api.BaselineVerdict;
import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.gateway.client.EnvironmentClient;

/**
 * Adds what changed in the system between runs (the metrics collector's {@code /api/environment/compare}) to the
 * analysis' answers: an {@code environment} section to a comparison, and to a result's baseline verdict. The numbers
 * never wait on it: a collector that cannot answer leaves a section with its {@code error}.
 */
@ApplicationScoped
public class EnvironmentSection {

    private static final Logger LOG = Logger.getLogger(EnvironmentSection.class);
    /** Reads the collector's answer; a field a newer collector adds is skipped. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Inject
    @RestClient
    EnvironmentClient collector;

    /** The comparison of {@code ids} with its environment section. */
    public Comparison addToComparison(Comparison comparison, String ids) {
        return comparison.withEnvironment(ask(ids));
    }

    /** The result with an environment section in its baseline verdict, when it has one. */
    public ResultDetail addToBaseline(ResultDetail result, String testId) {
        return withBaselineChanges(result, testId, this::ask);
    }

    /** The result with {@code ask}'s answer for "baseline,testId" in its baseline verdict, if it has another run's. */
    static ResultDetail withBaselineChanges(ResultDetail result, String testId,
            Function<String, EnvironmentComparison> ask) {
        BaselineVerdict verdict = result.baseline();
        String baseline = verdict == null ? null : verdict.baselineTestId();
        if (baseline == null || baseline.equals(testId)) {
            return result;
        }
        return result.withBaseline(verdict.withEnvironment(ask.apply(baseline + "," + testId)));
    }

    /** The collector's comparison, or a section holding why there is none. */
    private EnvironmentComparison ask(String ids) {
        try (Response answer = collector.compare(ids)) {
            byte[] bytes = answer.hasEntity() ? answer.readEntity(byte[].class) : new byte[0];
            return section(answer.getStatus(), bytes);
        } catch (ProcessingException e) {
            LOG.debugf("the metrics collector could not be asked what changed between %s: %s", ids, e.getMessage());
            return EnvironmentComparison.unavailable("the metrics collector is not reachable; what changed between "
                    + "the runs is unknown");
        }
    }

    /** A 200's comparison as it is; otherwise an error naming the status and the collector's own detail. */
    static EnvironmentComparison section(int status, byte[] body) {
        JsonNode json = null;
        try {
            json = body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            // not JSON: said below by its status
        }
        if (status == 200 && json != null && json.isObject()) {
            try {
                return JSON.treeToValue(json, EnvironmentComparison.class);
            } catch (IOException e) {
                return EnvironmentComparison.unavailable("the metrics collector's comparison could not be read: "
                        + e.getMessage());
            }
        }
        String detail = json == null ? "" : json.path("detail").asText("");
        return EnvironmentComparison.unavailable("the metrics collector answered HTTP " + status
                + (detail.isEmpty() ? "" : ": " + detail));
    }
}

package dev.meshperf.gateway.service;

import java.io.IOException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.BaselineVerdict;
import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.gateway.client.EnvironmentClient;
import dev.meshperf.gateway.client.UpstreamAnswer;

/**
 * Adds what changed in the system between runs (the metrics collector's {@code /api/environment/compare}) to the
 * analysis' answers: an {@code environment} section to a comparison, and to a result's baseline verdict. The numbers
 * never wait on it: a collector that cannot answer leaves a section with its {@code error}.
 */
@ApplicationScoped
public class EnvironmentSection {

    private static final Logger LOG = Logger.getLogger(EnvironmentSection.class);
    private static final ObjectMapper JSON = new ObjectMapper();

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
        try {
            return collector.compareEnvironments(ids);
        } catch (UpstreamAnswer refused) {
            Object body = refused.response().getEntity();
            return refusal(refused.status(), body instanceof byte[] bytes ? bytes : new byte[0]);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof UpstreamAnswer refused) {
                Object body = refused.response().getEntity();
                return refusal(refused.status(), body instanceof byte[] bytes ? bytes : new byte[0]);
            }
            LOG.debugf("the metrics collector could not be asked what changed between %s: %s", ids, e.getMessage());
            return EnvironmentComparison.unavailable("the metrics collector is not reachable; what changed between "
                    + "the runs is unknown");
        }
    }

    /** A refusal of the collector as a section: the status and the collector's own detail, when it gave one. */
    static EnvironmentComparison refusal(int status, byte[] body) {
        String detail = "";
        try {
            JsonNode json = body.length == 0 ? null : JSON.readTree(body);
            detail = json == null ? "" : json.path("detail").asText("");
        } catch (IOException e) {
            // not JSON: said by its status alone
        }
        return EnvironmentComparison.unavailable("the metrics collector answered HTTP " + status
                + (detail.isEmpty() ? "" : ": " + detail));
    }
}

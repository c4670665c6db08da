package dev.meshperf.metrics.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.metrics.service.EnvironmentComparer;
import dev.meshperf.problem.ProblemException;

/**
 * What changed in the system between 2 to 10 runs: {@code GET /api/environment/compare?ids=a,b}; the first is the
 * reference.
 */
@Path("/api/environment/compare")
@Produces(MediaType.APPLICATION_JSON)
public class EnvironmentCompareResource {

    static final int MAX_RUNS = 10;

    @Inject
    EnvironmentComparer comparer;

    @GET
    public EnvironmentComparison compare(@QueryParam("ids") String ids) {
        List<String> testIds = ids == null
                ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (testIds.size() < 2 || testIds.size() > MAX_RUNS) {
            throw ProblemException.badRequest("ids", "give 2 to " + MAX_RUNS + " test ids separated by commas, got "
                    + testIds.size());
        }
        if (new HashSet<>(testIds).size() != testIds.size()) {
            throw ProblemException.badRequest("ids", "a test id appears twice");
        }
        return comparer.compare(testIds);
    }
}

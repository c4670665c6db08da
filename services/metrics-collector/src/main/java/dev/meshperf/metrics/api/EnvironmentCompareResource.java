package dev.meshperf.metrics.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.endpoints.internal.EnvironmentComparisonEndpoints;
import dev.meshperf.metrics.service.EnvironmentComparer;
import dev.meshperf.problem.ProblemException;

/**
 * What changed in the system between 2 to 10 runs: {@code GET /api/environment/compare?ids=a,b}; the first is the
 * reference ({@link EnvironmentComparisonEndpoints}).
 */
public class EnvironmentCompareResource implements EnvironmentComparisonEndpoints {

    static final int MAX_RUNS = 10;

    @Inject
    EnvironmentComparer comparer;

    @Override
    public EnvironmentComparison compareEnvironments(String ids) {
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

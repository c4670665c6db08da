package dev.meshperf.gateway.api;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.endpoints.ComparisonEndpoints;
import dev.meshperf.gateway.client.ComparisonClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.service.EnvironmentSection;

/**
 * Runs side by side ({@link ComparisonEndpoints}): the analysis service's comparison, with what changed in the system
 * between the runs from the metrics collector.
 */
public class ComparisonApi implements ComparisonEndpoints {

    @Inject
    @RestClient
    ComparisonClient comparisons;

    @Inject
    Forwarder forward;

    @Inject
    EnvironmentSection environment;

    @Override
    public Comparison compareResults(String ids) {
        return environment.addToComparison(forward.fetch(ResultApi.SERVICE, () -> comparisons.compareResults(ids)),
                ids);
    }
}

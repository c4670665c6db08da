package dev.meshperf.metrics.api;

import jakarta.inject.Inject;

import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.api.endpoints.RunEnvironmentEndpoints;
import dev.meshperf.metrics.service.CollectionService;

/** What the cluster and the mesh were doing during a test ({@link RunEnvironmentEndpoints}). */
public class EnvironmentResource implements RunEnvironmentEndpoints {

    @Inject
    CollectionService collection;

    @Override
    public RunEnvironment getRunEnvironment(String testId) {
        return collection.environment(testId);
    }
}

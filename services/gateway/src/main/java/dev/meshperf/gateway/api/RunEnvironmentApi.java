package dev.meshperf.gateway.api;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.api.endpoints.RunEnvironmentEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.RunEnvironmentClient;

/** The context stored with each test ({@link RunEnvironmentEndpoints}), answered by the metrics collector. */
public class RunEnvironmentApi implements RunEnvironmentEndpoints {

    static final String SERVICE = "metrics-collector";

    @Inject
    @RestClient
    RunEnvironmentClient environments;

    @Inject
    Forwarder forward;

    @Override
    public RunEnvironment getRunEnvironment(String testId) {
        return forward.fetch(SERVICE, () -> environments.getRunEnvironment(testId));
    }
}

package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.GeneratorStatus;
import dev.meshperf.contracts.api.endpoints.GeneratorEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.GeneratorClient;

/** The load generators of this installation: {@link GeneratorEndpoints}, answered by the profile service. */
public class GeneratorApi implements GeneratorEndpoints {

    @Inject
    @RestClient
    GeneratorClient generators;

    @Inject
    Forwarder forward;

    @Override
    public List<GeneratorStatus> listGenerators() {
        return forward.fetch(ProfileApi.SERVICE, () -> generators.listGenerators());
    }
}

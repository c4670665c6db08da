package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.internal.EnvironmentComparisonEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The metrics collector's comparison of runs' environments (what changed in the system between them), called through
 * the interface it implements; a refusal is an {@link UpstreamAnswer}.
 */
@RegisterRestClient(configKey = "metrics")
@RegisterProvider(UpstreamAnswerReader.class)
public interface EnvironmentClient extends EnvironmentComparisonEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }
}

package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.RunEnvironmentEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The metrics collector's stored environment of each run, called through the same interface it implements; a refusal
 * is an {@link UpstreamAnswer}. Secrets in the bodies are never logged here.
 */
@RegisterRestClient(configKey = "metrics")
@RegisterProvider(UpstreamAnswerReader.class)
public interface RunEnvironmentClient extends RunEnvironmentEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }
}

package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The profile service's profiles and running them, called through the same interface it implements; a refusal is an
 * {@link UpstreamAnswer}.
 */
@RegisterRestClient(configKey = "profile")
@RegisterProvider(UpstreamAnswerReader.class)
public interface ProfileClient extends ProfileEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }
}

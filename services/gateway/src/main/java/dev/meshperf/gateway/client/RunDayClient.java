package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.RunDayEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The analysis service's runs per day, called through the same interface it implements; a refusal is an {@link
 * UpstreamAnswer}.
 */
@RegisterRestClient(configKey = "analysis")
@RegisterProvider(UpstreamAnswerReader.class)
public interface RunDayClient extends RunDayEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }
}

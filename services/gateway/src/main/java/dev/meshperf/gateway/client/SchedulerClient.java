package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;
import dev.meshperf.problem.ApiJson;

/** The scheduler service, called through the same interface it implements; a refusal is an {@link UpstreamAnswer}. */
@RegisterRestClient(configKey = "scheduler")
@RegisterProvider(UpstreamAnswerReader.class)
public interface SchedulerClient extends ScheduleEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }
}

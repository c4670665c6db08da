package dev.meshperf.scheduler.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The profile service, through the interface it implements: the scheduler asks whether a profile exists and runs it.
 * A refusal is a {@link ProfileRefusal}; a field a newer profile service adds to its answer is skipped.
 */
@RegisterRestClient(configKey = "profile")
@RegisterProvider(ProfileRefusal.Reader.class)
public interface ProfileRunsClient extends ProfileEndpoints {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper scheduler) {
        return ApiJson.tolerant(scheduler);
    }
}

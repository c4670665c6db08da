package dev.meshperf.gateway.api;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.contracts.api.endpoints.LiveProgressEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.LiveProgressClient;

/** A test's progress now ({@link LiveProgressEndpoints}); {@link EventsApi} streams the same as events. */
public class LiveProgressApi implements LiveProgressEndpoints {

    @Inject
    @RestClient
    LiveProgressClient live;

    @Inject
    Forwarder forward;

    @Override
    public LiveProgress getLiveProgress(String testId, long after) {
        return forward.fetch(ResultApi.SERVICE, () -> live.getLiveProgress(testId, after));
    }
}

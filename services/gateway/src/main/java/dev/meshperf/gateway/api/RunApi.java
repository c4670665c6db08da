package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.endpoints.RunEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.RunClient;

/** Ad-hoc runs, without a saved profile, and cancelling runs: {@link RunEndpoints}, run by the profile service. */
public class RunApi implements RunEndpoints {

    @Inject
    @RestClient
    RunClient runs;

    @Inject
    Forwarder forward;

    @Override
    public Response runAdHoc(ProfileDocument profile) {
        return forward.write(ProfileApi.SERVICE, () -> runs.runAdHoc(profile));
    }

    @Override
    public Response cancelRun(String testId, String reason) {
        return forward.write(ProfileApi.SERVICE, () -> runs.cancelRun(testId, reason));
    }
}

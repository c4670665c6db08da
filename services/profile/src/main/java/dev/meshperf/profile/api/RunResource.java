package dev.meshperf.profile.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.endpoints.RunEndpoints;
import dev.meshperf.profile.service.RunService;

/** Ad-hoc runs from a definition that is not saved, and cancelling any run started here ({@link RunEndpoints}). */
public class RunResource implements RunEndpoints {

    @Inject
    RunService runs;

    @Override
    public Response runAdHoc(ProfileDocument document) {
        return accepted(runs.runAdHoc(ProfileResource.required(document)));
    }

    @Override
    public Response cancelRun(String testId, String reason) {
        runs.cancel(testId, reason);
        return Response.accepted().build();
    }

    static Response accepted(RunAccepted accepted) {
        return Response.accepted(accepted).location(URI.create(accepted.result())).build();
    }
}

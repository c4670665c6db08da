package dev.meshperf.profile.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.profile.service.RunService;

/** Ad-hoc runs from a definition that is not saved, and cancelling any run started here. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    RunService runs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(ProfileDocument document) {
        return accepted(runs.runAdHoc(ProfileResource.required(document)));
    }

    @POST
    @Path("/{testId}/cancel")
    public Response cancel(@PathParam("testId") String testId, @QueryParam("reason") String reason) {
        runs.cancel(testId, reason);
        return Response.accepted().build();
    }

    static Response accepted(RunAccepted accepted) {
        return Response.accepted(accepted).location(URI.create(accepted.result())).build();
    }
}

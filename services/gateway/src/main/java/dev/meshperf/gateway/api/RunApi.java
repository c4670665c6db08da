package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;

/** Ad-hoc runs, without a saved profile, and cancelling runs. */
@Path("/api/runs")
@Tag(name = "runs")
public class RunApi {

    @Inject
    @RestClient
    ProfileClient profiles;

    @Inject
    Forwarder forward;

    @POST
    @Consumes("*/*")
    @Operation(summary = "Run a profile document that is not saved: 202 with the test id")
    public Response run(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write("profile", () -> profiles.runAdHoc(type, body));
    }

    @POST
    @Path("/{testId}/cancel")
    @Operation(summary = "Stop a running test; its shards end within a second as CANCELLED")
    public Response cancel(@PathParam("testId") String testId, @QueryParam("reason") String reason) {
        return forward.write("profile", () -> profiles.cancel(testId, reason));
    }
}

package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.RunAccepted;
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
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "202", description = "accepted; the result will be at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "429", description = "too many runs started; Retry-After says when to try again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response runAdHoc(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write("profile", () -> profiles.runAdHoc(type, body));
    }

    @POST
    @Path("/{testId}/cancel")
    @Operation(summary = "Stop a running test; its shards end within a second as CANCELLED")
    @APIResponse(responseCode = "202", description = "the cancellation is sent to every shard")
    public Response cancelRun(@PathParam("testId") String testId, @QueryParam("reason") String reason) {
        return forward.write("profile", () -> profiles.cancel(testId, reason));
    }
}

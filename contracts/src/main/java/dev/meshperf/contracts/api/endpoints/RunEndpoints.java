package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.RunAccepted;

/**
 * {@code /api/runs}: runs of a profile document that is not saved, and cancelling any run. Implemented by the profile
 * service, served by the gateway, called by the CLI.
 */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public interface RunEndpoints {

    /** 202 with the test id; the result will be at Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a profile document that is not saved: 202 with the test id")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "202", description = "accepted; the result will be at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "429", description = "too many runs started; Retry-After says when to try again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response runAdHoc(ProfileDocument profile);

    /** 202: the cancellation is sent to every shard. */
    @POST
    @Path("/{testId}/cancel")
    @Operation(summary = "Stop a running test; its shards end within a second as CANCELLED")
    @APIResponse(responseCode = "202", description = "the cancellation is sent to every shard")
    Response cancelRun(@PathParam("testId") String testId, @QueryParam("reason") String reason);
}

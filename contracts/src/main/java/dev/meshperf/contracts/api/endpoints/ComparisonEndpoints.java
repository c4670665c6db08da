package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.Comparison;

/**
 * {@code /api/results/compare}: 2 to 10 runs side by side. The analysis service implements it; the gateway adds what
 * changed in the system between the runs ({@code environment}).
 */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
public interface ComparisonEndpoints {

    @GET
    @Path("/compare")
    @Operation(summary = "Compare 2 to N runs side by side, with deltas and whether each exceeds run-to-run noise", description = "environment: what changed in the system from the first run (mesh, mTLS, retries and "
            + "timeouts, images, replicas, restarts, generator, profile), each before → after")
    @APIResponse(responseCode = "200", description = "the runs side by side, with what changed in the system", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)))
    Comparison compareResults(@QueryParam("ids") String ids);
}

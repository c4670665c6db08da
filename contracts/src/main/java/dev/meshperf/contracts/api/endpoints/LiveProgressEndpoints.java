package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.LiveProgress;

/**
 * {@code /api/results/{testId}/live}: a test's progress now, the same shape while it runs and after. Implemented by
 * the analysis service; the gateway also relays it as server-sent events ({@code /api/results/{testId}/events}).
 */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
public interface LiveProgressEndpoints {

    /** @param after the last interval the caller has; only later points come back */
    @GET
    @Path("/{testId}/live")
    @Operation(summary = "Progress now: status, totals and the per-second points after interval 'after'")
    @APIResponse(responseCode = "200", description = "progress now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveProgress.class)))
    LiveProgress getLiveProgress(@PathParam("testId") String testId,
            @QueryParam("after") @DefaultValue("-1") long after);
}

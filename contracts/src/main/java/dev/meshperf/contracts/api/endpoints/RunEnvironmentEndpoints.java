package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.RunEnvironment;

/** {@code /api/tests/{testId}/environment}: implemented by the metrics collector, served by the gateway. */
@Path("/api/tests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "environment")
public interface RunEnvironmentEndpoints {

    @GET
    @Path("/{testId}/environment")
    @Operation(summary = "What the cluster and the mesh were doing during a test", description = "the series of "
            + "every query pack of every Prometheus connection over the test's window (with margins); PENDING until "
            + "the window has passed; a query that failed carries its error")
    @APIResponse(responseCode = "200", description = "the run's environment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunEnvironment.class)))
    RunEnvironment getRunEnvironment(@PathParam("testId") String testId);
}

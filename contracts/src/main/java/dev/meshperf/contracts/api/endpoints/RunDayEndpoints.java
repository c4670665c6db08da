package dev.meshperf.contracts.api.endpoints;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.RunDay;

/** {@code /api/results/daily}: runs per day, for a calendar. Implemented by the analysis service. */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
public interface RunDayEndpoints {

    @GET
    @Path("/daily")
    @Operation(summary = "Runs per day, for a calendar", description = "from and to as dates (inclusive; default the"
            + " last 12 weeks), zone an IANA time zone (default UTC); days without runs are left out")
    @APIResponse(responseCode = "200", description = "days with runs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RunDay.class)))
    List<RunDay> listRunDays(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone);
}

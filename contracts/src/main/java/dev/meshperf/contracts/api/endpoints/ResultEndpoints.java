package dev.meshperf.contracts.api.endpoints;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.ResultListItem;

/**
 * {@code /api/results}: the results of tests, a page at a time and one in full. The analysis service implements it,
 * the gateway serves it (adding what changed since a result's baseline), the CLI calls it. The calendar, comparisons,
 * exports and live progress under the same path are {@link RunDayEndpoints}, {@link ComparisonEndpoints},
 * {@link ResultExportEndpoints} and {@link LiveProgressEndpoints}.
 */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
public interface ResultEndpoints {

    @GET
    @Operation(summary = "List results", description = "profileId; from and to as ISO-8601 instants; page from 0")
    @APIResponse(responseCode = "200", description = "results, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    List<ResultListItem> listResults(@QueryParam("profileId") String profileId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size);

    @GET
    @Path("/{testId}")
    @Operation(summary = "One result: summary, percentiles, histogram buckets, series, SLO verdict", description = "baseline.environment: what changed in the system since the profile's baseline run")
    @APIResponse(responseCode = "200", description = "the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultDetail.class)))
    ResultDetail getResult(@PathParam("testId") String testId);
}

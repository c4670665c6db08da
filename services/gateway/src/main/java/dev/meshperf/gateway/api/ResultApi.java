package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.contracts.api.RunDay;
import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.service.EnvironmentSection;
import dev.meshperf.gateway.service.ReportRenderer;

/** Results of tests: list, one in full, comparison, exports, live progress. */
@Path("/api/results")
@Tag(name = "results")
public class ResultApi {

    static final String SERVICE = "analysis";

    @Inject
    @RestClient
    AnalysisClient analysis;

    @Inject
    Forwarder forward;

    @Inject
    ReportRenderer reports;

    @Inject
    EnvironmentSection environment;

    @GET
    @Operation(summary = "List results", description = "profileId; from and to as ISO-8601 instants; page from 0")
    @APIResponse(responseCode = "200", description = "results, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    public Response listResults(@QueryParam("profileId") String profileId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> analysis.list(profileId, from, to, page, size));
    }

    @GET
    @Path("/daily")
    @Operation(summary = "Runs per day, for a calendar", description = "from and to as dates (inclusive; default the"
            + " last 12 weeks), zone an IANA time zone (default UTC); days without runs are left out")
    @APIResponse(responseCode = "200", description = "days with runs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RunDay.class)))
    public Response listRunDays(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone) {
        return forward.read(SERVICE, () -> analysis.daily(from, to, zone));
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Compare 2 to N runs side by side, with deltas and whether each exceeds run-to-run noise", description = "environment: what changed in the system from the first run (mesh, mTLS, retries and "
            + "timeouts, images, replicas, restarts, generator, profile), each before → after")
    @APIResponse(responseCode = "200", description = "the runs side by side, with what changed in the system", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)))
    public Response compareResults(@QueryParam("ids") String ids) {
        return environment.addToComparison(forward.read(SERVICE, () -> analysis.compare(ids)), ids);
    }

    @GET
    @Path("/compare/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A comparison of 2 to 10 runs as one self-contained HTML file", description = "charts, tables,"
            + " data, scripts and styles inlined: it opens offline, from a mail attachment, with no network request")
    @APIResponse(responseCode = "200", description = "a self-contained HTML file", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response compareReport(@QueryParam("ids") String ids) {
        return reports.comparison(ids == null ? "" : ids);
    }

    @GET
    @Path("/{testId}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One result as a self-contained HTML file", description = "the result page's charts and "
            + "tables with the run's environment; data, scripts and styles inlined, so it opens offline")
    @APIResponse(responseCode = "200", description = "a self-contained HTML file", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response resultReport(@PathParam("testId") String testId) {
        return reports.result(testId);
    }

    @GET
    @Path("/{testId}")
    @Operation(summary = "One result: summary, percentiles, histogram buckets, series, SLO verdict", description = "baseline.environment: what changed in the system since the profile's baseline run")
    @APIResponse(responseCode = "200", description = "the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultDetail.class)))
    public Response getResult(@PathParam("testId") String testId) {
        return environment.addToBaseline(forward.read(SERVICE, () -> analysis.get(testId)), testId);
    }

    @GET
    @Path("/{testId}/export")
    @Operation(summary = "Export as fortio JSON, SMP YAML, CSV or an HdrHistogram log (format=fortio|smp|csv|hdr)")
    @APIResponse(responseCode = "200", description = "the export: fortio JSON, SMP YAML, CSV or an HdrHistogram log", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "fortio's result JSON")),
            @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public Response exportResult(@PathParam("testId") String testId,
            @Parameter(schema = @Schema(enumeration = {"fortio", "smp", "csv",
                    "hdr"}, defaultValue = "fortio")) @QueryParam("format") String format) {
        return forward.read(SERVICE, () -> analysis.export(testId, format));
    }

    @GET
    @Path("/{testId}/live")
    @Operation(summary = "Progress now: status, totals and the per-second points after interval 'after'")
    @APIResponse(responseCode = "200", description = "progress now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveProgress.class)))
    public Response getLiveProgress(@PathParam("testId") String testId, @QueryParam("after") Long after) {
        return forward.read(SERVICE, () -> analysis.live(testId, after));
    }
}

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.gateway.service.ReportRenderer;

/** Shareable reports: the gateway's own pages, made from the results, the comparison and each run's environment. */
@Path("/api/results")
@Tag(name = "results")
public class ResultReportApi {

    @Inject
    ReportRenderer reports;

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
}

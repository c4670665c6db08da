package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** {@code /api/results/{testId}/export}: one run in another tool's format. Implemented by the analysis service. */
@Path("/api/results")
@Tag(name = "results")
public interface ResultExportEndpoints {

    /** The export in the format's own content type; SMP YAML as an attachment. */
    @GET
    @Path("/{testId}/export")
    @Operation(summary = "Export as fortio JSON, SMP YAML, CSV or an HdrHistogram log (format=fortio|smp|csv|hdr)")
    @APIResponse(responseCode = "200", description = "the export: fortio JSON, SMP YAML, CSV or an HdrHistogram log", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "fortio's result JSON")),
            @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    Response exportResult(@PathParam("testId") String testId,
            @Parameter(schema = @Schema(enumeration = {"fortio", "smp", "csv",
                    "hdr"}, defaultValue = "fortio")) @QueryParam("format") @DefaultValue("fortio") String format);
}

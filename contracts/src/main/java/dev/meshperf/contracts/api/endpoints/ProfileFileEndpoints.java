package dev.meshperf.contracts.api.endpoints;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.ProfileDocument;

/**
 * Profiles as code under {@code /api/profiles}: export as YAML, apply a YAML or JSON file (create or update by name),
 * import an SMP PerformanceTestConfig. The profile service implements it, the gateway serves it, the CLI calls it.
 */
@Path("/api/profiles")
@Tag(name = "profiles")
public interface ProfileFileEndpoints {

    String YAML = "application/yaml";

    /** The profile as a file to keep in git and apply again, with Content-Disposition; server-set fields left out. */
    @GET
    @Path("/{id}/export")
    @Produces(YAML)
    @Operation(summary = "The profile as YAML, to keep in git and apply again")
    @APIResponse(responseCode = "200", description = "the profile as YAML; secrets as a placeholder that apply keeps", content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)))
    Response exportProfile(@PathParam("id") String id);

    /** 201 when the profile was created, 200 when the one of that name was updated; at Location. */
    @POST
    @Path("/apply")
    @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a profile by name from YAML or JSON; 201 created, 200 updated")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)),
            @Content(mediaType = YAML, schema = @Schema(implementation = ProfileDocument.class))})
    @APIResponse(responseCode = "200", description = "updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    Response applyProfile(String document);

    /**
     * Imports an SMP PerformanceTestConfig (YAML or JSON), then applies it by name.
     *
     * @param generator
     * replaces the file's load generator, for example when it names one this installation does not run
     */
    @POST
    @Path("/import")
    @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an SMP PerformanceTestConfig (YAML or JSON), applied by name")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    Response importSmpProfile(@QueryParam("generator") String generator, String document);
}

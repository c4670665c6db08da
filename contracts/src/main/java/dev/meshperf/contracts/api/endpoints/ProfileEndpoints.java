package dev.meshperf.contracts.api.endpoints;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;

/**
 * {@code /api/profiles}: saved, versioned test definitions, and running them. The profile service implements it, the
 * gateway serves it (calling the profile service through it), the scheduler and the CLI call it. Profiles as files
 * (YAML export, apply, SMP import) are {@link ProfileFileEndpoints}.
 */
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "profiles")
public interface ProfileEndpoints {

    @GET
    @Operation(summary = "List profiles", description = "search: part of the name or description; sort: name, "
            + "createdAt, updatedAt, lastRunAt, runs or version, with a leading - for descending; page from 0")
    @APIResponse(responseCode = "200", description = "a page of profiles", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfilePage.class)))
    ProfilePage listProfiles(@QueryParam("search") String search, @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size);

    /** 201 with the profile at version 1, at Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a profile (JSON); 201 with its id and version 1")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "409", description = "a profile of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response createProfile(ProfileDocument profile);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a profile")
    @APIResponse(responseCode = "200", description = "the profile (secrets shown as set, never their values)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    ProfileDocument getProfile(@PathParam("id") String id);

    /** Replaces the definition; a {@code version} that moved on is refused (409). */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a profile; bumps its version. Give version to refuse the change when it moved on")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "200", description = "the profile at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "409", description = "the profile moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ProfileDocument updateProfile(@PathParam("id") String id, ProfileDocument profile);

    /** 204. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a profile", description = "refused with 409 while schedules run it: delete or move "
            + "them first")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "schedules run it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response deleteProfile(@PathParam("id") String id);

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "A profile's versions")
    @APIResponse(responseCode = "200", description = "every version, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileVersionInfo.class)))
    List<ProfileVersionInfo> listProfileVersions(@PathParam("id") String id);

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "A profile as it was at one version")
    @APIResponse(responseCode = "200", description = "the profile as it was at that version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    ProfileDocument getProfileVersion(@PathParam("id") String id, @PathParam("version") long version);

    /**
     * Runs the profile's current version: 202 with the test id, its result at Location; 200 with the same answer when
     * the body's {@code testId} (an idempotency key) started a run already.
     *
     * @param options
     * a {@link RunOptions} document as JSON, or nothing (the profile's own generator and shards); JSON is what a
     * client sends, any content type is taken
     */
    @POST
    @Path("/{id}/run")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Run the profile's current version: 202 with the test id; the result is at Location")
    @RequestBody(required = false, description = "none: the profile's own generator and shards", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunOptions.class)))
    @APIResponse(responseCode = "202", description = "accepted; the result will be at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "200", description = "the run this idempotency key started already", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "429", description = "too many runs started; Retry-After says when to try again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response runProfile(@PathParam("id") String id, String options);
}

package dev.meshperf.gateway.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;
import dev.meshperf.gateway.client.SchedulerClient;
import dev.meshperf.gateway.client.UpstreamAnswer;
import dev.meshperf.problem.ProblemMappers;

/** Performance profiles: saved, versioned test definitions, and running them. */
@Path("/api/profiles")
@Tag(name = "profiles")
public class ProfileApi {

    private static final String SERVICE = "profile";

    @Inject
    @RestClient
    ProfileClient profiles;

    @Inject
    @RestClient
    AnalysisClient analysis;

    @Inject
    @RestClient
    SchedulerClient schedules;

    @Inject
    Forwarder forward;

    @GET
    @Operation(summary = "List profiles", description = "search: part of the name or description; sort: name, "
            + "createdAt, updatedAt, lastRunAt, runs or version, with a leading - for descending; page from 0")
    @APIResponse(responseCode = "200", description = "a page of profiles", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfilePage.class)))
    public Response listProfiles(@QueryParam("search") String search, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> profiles.list(search, sort, page, size));
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Create a profile (JSON); 201 with its id and version 1")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "409", description = "a profile of that name exists", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response createProfile(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.create(type, body));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the profile (secrets shown as set, never their values)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    public Response getProfile(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a profile; bumps its version. Give version to refuse the change when it moved on")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "200", description = "the profile at its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "409", description = "the profile moved on since the version sent, or the name is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response updateProfile(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a profile", description = "refused with 409 while schedules run it: delete or move "
            + "them first")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "schedules run it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response deleteProfile(@PathParam("id") String id) {
        SchedulePage scheduled;
        try {
            scheduled = forward.fetch(ScheduleApi.SERVICE, () -> schedules.listSchedules(id, 0, 200));
        } catch (UpstreamAnswer refused) {
            return ProblemMappers.respond(Problem.of(503, "Service Unavailable", "the profile was not deleted: its "
                    + "schedules could not be checked (the scheduler answered " + refused.status() + ")", null));
        }
        if (scheduled.totalCount() > 0) {
            List<String> names = new ArrayList<>();
            scheduled.schedules().forEach(s -> names.add(s.id() + " (" + s.description() + ")"));
            return ProblemMappers.respond(Problem.of(409, "Conflict", "schedules: profile " + id + " is run by "
                    + scheduled.totalCount() + " schedule(s): " + String.join(", ", names) + "; delete them first",
                    "schedules"));
        }
        return forward.write(SERVICE, () -> profiles.delete(id));
    }

    @GET
    @Path("/{id}/versions")
    @APIResponse(responseCode = "200", description = "every version, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileVersionInfo.class)))
    public Response listProfileVersions(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.versions(id));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @APIResponse(responseCode = "200", description = "the profile as it was at that version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    public Response getProfileVersion(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("version") String version) {
        return forward.read(SERVICE, () -> profiles.version(id, version));
    }

    @GET
    @Path("/{id}/export")
    @Operation(summary = "The profile as YAML, to keep in git and apply again")
    @APIResponse(responseCode = "200", description = "the profile as YAML; secrets as a placeholder that apply keeps", content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    public Response exportProfile(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.export(id));
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Results of the profile's runs, newest first")
    @APIResponse(responseCode = "200", description = "results of its runs, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    public Response listProfileResults(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read("analysis", () -> analysis.list(id, null, null, page, size));
    }

    @POST
    @Path("/apply")
    @Consumes("*/*")
    @Operation(summary = "Create or update a profile by name from YAML or JSON; 201 created, 200 updated")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)),
            @Content(mediaType = "application/yaml", schema = @Schema(implementation = ProfileDocument.class))})
    @APIResponse(responseCode = "200", description = "updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    public Response applyProfile(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.apply(type, body));
    }

    @POST
    @Path("/import")
    @Consumes("*/*")
    @Operation(summary = "Import an SMP PerformanceTestConfig (YAML or JSON), applied by name")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "201", description = "created, at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDocument.class)))
    public Response importSmpProfile(@QueryParam("generator") String generator,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> profiles.importSmp(generator, type, body));
    }

    @POST
    @Path("/{id}/run")
    @Consumes("*/*")
    @Operation(summary = "Run the profile's current version: 202 with the test id; the result is at Location")
    @RequestBody(required = false, description = "none: the profile's own generator and shards", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunOptions.class)))
    @APIResponse(responseCode = "202", description = "accepted; the result will be at Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "200", description = "the run this idempotency key started already", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "429", description = "too many runs started; Retry-After says when to try again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response runProfile(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.run(id, type == null ? "application/json" : type, body));
    }
}

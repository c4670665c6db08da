package dev.meshperf.gateway.api;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;

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
    Forwarder forward;

    @GET
    @Operation(summary = "List profiles", description = "search: part of the name or description; sort: name, "
            + "createdAt, updatedAt, lastRunAt, runs or version, with a leading - for descending; page from 0")
    public Response list(@QueryParam("search") String search, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return forward.read(SERVICE, () -> profiles.list(search, sort, page, size));
    }

    @POST
    @Consumes("*/*")
    @Operation(summary = "Create a profile (JSON); 201 with its id and version 1")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> profiles.create(type, body));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes("*/*")
    @Operation(summary = "Replace a profile; bumps its version. Give version to refuse the change when it moved on")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.update(id, type, body));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return forward.write(SERVICE, () -> profiles.delete(id));
    }

    @GET
    @Path("/{id}/versions")
    public Response versions(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.versions(id));
    }

    @GET
    @Path("/{id}/versions/{version}")
    public Response version(@PathParam("id") String id, @PathParam("version") String version) {
        return forward.read(SERVICE, () -> profiles.version(id, version));
    }

    @GET
    @Path("/{id}/export")
    @Operation(summary = "The profile as YAML, to keep in git and apply again")
    public Response export(@PathParam("id") String id) {
        return forward.read(SERVICE, () -> profiles.export(id));
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Results of the profile's runs, newest first")
    public Response results(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read("analysis", () -> analysis.list(id, null, null, page, size));
    }

    @POST
    @Path("/apply")
    @Consumes("*/*")
    @Operation(summary = "Create or update a profile by name from YAML or JSON; 201 created, 200 updated")
    public Response apply(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> profiles.apply(type, body));
    }

    @POST
    @Path("/import")
    @Consumes("*/*")
    @Operation(summary = "Import an SMP PerformanceTestConfig (YAML or JSON), applied by name")
    public Response importSmp(@QueryParam("generator") String generator,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward.write(SERVICE, () -> profiles.importSmp(generator, type, body));
    }

    @POST
    @Path("/{id}/run")
    @Consumes("*/*")
    @Operation(summary = "Run the profile's current version: 202 with the test id; the result is at Location")
    public Response run(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] body) {
        return forward.write(SERVICE, () -> profiles.run(id, type == null ? "application/json" : type, body));
    }
}

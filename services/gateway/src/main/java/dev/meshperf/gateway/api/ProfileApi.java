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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;
import dev.meshperf.gateway.client.SchedulerClient;
import dev.meshperf.problem.Problem;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
    @Operation(summary = "Delete a profile", description = "refused with 409 while schedules run it: delete or move "
            + "them first")
    public Response delete(@PathParam("id") String id) {
        Response scheduled = forward.read(ScheduleApi.SERVICE, () -> schedules.list(id, 0, 200));
        if (scheduled.getStatus() != 200) {
            return ProblemMappers.respond(Problem.of(503, "Service Unavailable", "the profile was not deleted: its "
                    + "schedules could not be checked (the scheduler answered " + scheduled.getStatus() + ")", null));
        }
        JsonNode page = read((byte[]) scheduled.getEntity());
        if (page.path("totalCount").asLong() > 0) {
            List<String> names = new ArrayList<>();
            page.path("schedules").forEach(s -> names.add(s.path("id").asText() + " (" + s.path("description")
                    .asText() + ")"));
            return ProblemMappers.respond(Problem.of(409, "Conflict", "schedules: profile " + id + " is run by "
                    + page.path("totalCount").asLong() + " schedule(s): " + String.join(", ", names)
                    + "; delete them first", "schedules"));
        }
        return forward.write(SERVICE, () -> profiles.delete(id));
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the scheduler's answer is not JSON", e);
        }
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

package dev.meshperf.profile.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
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

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.problem.Paging;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.repository.ProfileRepository;
import dev.meshperf.profile.service.Documents;
import dev.meshperf.profile.service.ProfileService;
import dev.meshperf.profile.service.RunService;

/** Performance profiles: list, read, create, change, delete, versions, and running one. */
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ProfileService profiles;

    @Inject
    RunService runs;

    /**
     * @param search
     * part of the name or description, any case
     * @param sort
     * name, createdAt, updatedAt, lastRunAt, runs or version; a leading - sorts descending
     */
    @GET
    public ProfilePage list(@QueryParam("search") String search, @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        String key = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!ProfileRepository.SORTS.containsKey(key)) {
            throw ProblemException.badRequest("sort", "'" + sort + "' is not one of "
                    + new java.util.TreeSet<>(ProfileRepository.SORTS.keySet()) + " (prefix - to sort descending)");
        }
        return profiles.page(search, sort, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProfileDocument document) {
        ProfileDocument saved = profiles.create(required(document));
        return Response.created(URI.create("/api/profiles/" + saved.id())).entity(saved).build();
    }

    @GET
    @Path("/{id}")
    public ProfileDocument get(@PathParam("id") String id) {
        return profiles.get(id);
    }

    /** Replaces the definition; give {@code version} to refuse the change when someone else changed it first. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileDocument update(@PathParam("id") String id, ProfileDocument document) {
        return profiles.update(id, required(document));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        profiles.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versions")
    public List<ProfileVersionInfo> versions(@PathParam("id") String id) {
        return profiles.versions(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    public ProfileDocument version(@PathParam("id") String id, @PathParam("version") long version) {
        return profiles.getVersion(id, version);
    }

    /** Starts a test from the profile's current version: 202 with the test id, its result at Location. */
    @POST
    @Path("/{id}/run")
    @Consumes(MediaType.WILDCARD)
    public Response run(@PathParam("id") String id, String body) {
        RunOptions options = body == null || body.isBlank() ? null : Documents.read(body, RunOptions.class);
        if (options != null && options.testId() != null) {
            RunAccepted previous = runs.previous(id, options.testId());
            if (previous != null) {
                return Response.ok(previous).location(URI.create(previous.result())).build();
            }
        }
        return RunResource.accepted(runs.runProfile(id, options));
    }

    static ProfileDocument required(ProfileDocument document) {
        if (document == null) {
            throw ProblemException.badRequest("body", "a profile document is required");
        }
        return document;
    }
}

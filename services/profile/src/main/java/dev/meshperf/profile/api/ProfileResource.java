package dev.meshperf.profile.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.problem.Paging;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.repository.ProfileRepository;
import dev.meshperf.profile.service.Documents;
import dev.meshperf.profile.service.ProfileService;
import dev.meshperf.profile.service.RunService;

/**
 * Performance profiles: list, read, create, change, delete, versions, and running one. Paths and parameters are
 * declared in {@link ProfileEndpoints}.
 */
public class ProfileResource implements ProfileEndpoints {

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
    @Override
    public ProfilePage listProfiles(String search, String sort, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        String key = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!ProfileRepository.SORTS.containsKey(key)) {
            throw ProblemException.badRequest("sort", "'" + sort + "' is not one of "
                    + new java.util.TreeSet<>(ProfileRepository.SORTS.keySet()) + " (prefix - to sort descending)");
        }
        return profiles.page(search, sort, page, size);
    }

    @Override
    public Response createProfile(ProfileDocument document) {
        ProfileDocument saved = profiles.create(required(document));
        return Response.created(URI.create("/api/profiles/" + saved.id())).entity(saved).build();
    }

    @Override
    public ProfileDocument getProfile(String id) {
        return profiles.get(id);
    }

    @Override
    public ProfileDocument updateProfile(String id, ProfileDocument document) {
        return profiles.update(id, required(document));
    }

    @Override
    public Response deleteProfile(String id) {
        profiles.delete(id);
        return Response.noContent().build();
    }

    @Override
    public List<ProfileVersionInfo> listProfileVersions(String id) {
        return profiles.versions(id);
    }

    @Override
    public ProfileDocument getProfileVersion(String id, long version) {
        return profiles.getVersion(id, version);
    }

    @Override
    public Response runProfile(String id, String body) {
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

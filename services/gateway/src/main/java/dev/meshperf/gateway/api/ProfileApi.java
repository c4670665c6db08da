package dev.meshperf.gateway.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;
import dev.meshperf.gateway.client.SchedulerClient;
import dev.meshperf.gateway.client.UpstreamAnswer;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.problem.ProblemMappers;

/**
 * Performance profiles: saved, versioned test definitions, and running them ({@link ProfileEndpoints}, answered by
 * the profile service). Deleting one asks the scheduler first, so no schedule is left running a missing profile.
 */
public class ProfileApi implements ProfileEndpoints {

    static final String SERVICE = "profile";

    @Inject
    @RestClient
    ProfileClient profiles;

    @Inject
    @RestClient
    SchedulerClient schedules;

    @Inject
    Forwarder forward;

    @Override
    public ProfilePage listProfiles(String search, String sort, int page, int size) {
        return forward.fetch(SERVICE, () -> profiles.listProfiles(search, sort, page, size));
    }

    @Override
    public Response createProfile(ProfileDocument profile) {
        return forward.write(SERVICE, () -> profiles.createProfile(profile));
    }

    @Override
    public ProfileDocument getProfile(String id) {
        return forward.fetch(SERVICE, () -> profiles.getProfile(id));
    }

    @Override
    public ProfileDocument updateProfile(String id, ProfileDocument profile) {
        return forward.send(SERVICE, () -> profiles.updateProfile(id, profile));
    }

    @Override
    public Response deleteProfile(String id) {
        SchedulePage scheduled;
        try {
            scheduled = forward.fetch(ScheduleApi.SERVICE, () -> schedules.listSchedules(id, 0, 200));
        } catch (UpstreamAnswer refused) {
            return notChecked(refused.status());
        } catch (ProblemException unreachable) {
            return notChecked(unreachable.problem().status());
        }
        if (scheduled.totalCount() > 0) {
            List<String> names = new ArrayList<>();
            scheduled.schedules().forEach(s -> names.add(s.id() + " (" + s.description() + ")"));
            return ProblemMappers.respond(Problem.of(409, "Conflict", "schedules: profile " + id + " is run by "
                    + scheduled.totalCount() + " schedule(s): " + String.join(", ", names) + "; delete them first",
                    "schedules"));
        }
        return forward.write(SERVICE, () -> profiles.deleteProfile(id));
    }

    private static Response notChecked(int status) {
        return ProblemMappers.respond(Problem.of(503, "Service Unavailable", "the profile was not deleted: its "
                + "schedules could not be checked (the scheduler answered " + status + ")", null));
    }

    @Override
    public List<ProfileVersionInfo> listProfileVersions(String id) {
        return forward.fetch(SERVICE, () -> profiles.listProfileVersions(id));
    }

    @Override
    public ProfileDocument getProfileVersion(String id, long version) {
        return forward.fetch(SERVICE, () -> profiles.getProfileVersion(id, version));
    }

    @Override
    public Response runProfile(String id, String options) {
        return forward.write(SERVICE, () -> profiles.runProfile(id, options));
    }
}

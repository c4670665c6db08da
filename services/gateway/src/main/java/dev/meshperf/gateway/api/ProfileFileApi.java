package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.endpoints.ProfileFileEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileFileClient;

/**
 * Profiles as code: YAML export, apply by name, SMP import ({@link ProfileFileEndpoints}); the profile service's
 * answers pass on with their status, Location, content type and Content-Disposition.
 */
public class ProfileFileApi implements ProfileFileEndpoints {

    @Inject
    @RestClient
    ProfileFileClient files;

    @Inject
    Forwarder forward;

    @Override
    public Response exportProfile(String id) {
        return forward.read(ProfileApi.SERVICE, () -> files.exportProfile(id));
    }

    @Override
    public Response applyProfile(String document) {
        return forward.write(ProfileApi.SERVICE, () -> files.applyProfile(document));
    }

    @Override
    public Response importSmpProfile(String generator, String document) {
        return forward.write(ProfileApi.SERVICE, () -> files.importSmpProfile(generator, document));
    }
}

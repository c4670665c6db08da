package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ProfileClient;

/** The load generators of this installation. */
@Path("/api/generators")
@Tag(name = "generators")
public class GeneratorApi {

    @Inject
    @RestClient
    ProfileClient profiles;

    @Inject
    Forwarder forward;

    @GET
    @Operation(summary = "Every load generator with its availability, version, protocols and load models", description = "A generator whose binary is missing or whose runner service does not answer is listed "
            + "as unavailable, with the reason")
    public Response list() {
        return forward.read("profile", () -> profiles.generators());
    }
}

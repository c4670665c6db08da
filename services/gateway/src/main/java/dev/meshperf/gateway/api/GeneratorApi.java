package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.GeneratorStatus;
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
    @APIResponse(responseCode = "200", description = "the load generators", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GeneratorStatus.class)))
    public Response listGenerators() {
        return forward.read("profile", () -> profiles.generators());
    }
}

package dev.meshperf.contracts.api.endpoints;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.meshperf.contracts.api.GeneratorStatus;

/** {@code /api/generators}: implemented by the profile service, served by the gateway, called by the CLI. */
@Path("/api/generators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "generators")
public interface GeneratorEndpoints {

    @GET
    @Operation(summary = "Every load generator with its availability, version, protocols and load models", description = "A generator whose binary is missing or whose runner service does not answer is listed "
            + "as unavailable, with the reason")
    @APIResponse(responseCode = "200", description = "the load generators", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GeneratorStatus.class)))
    List<GeneratorStatus> listGenerators();
}

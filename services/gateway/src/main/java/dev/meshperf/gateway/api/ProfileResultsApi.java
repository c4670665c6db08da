package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;

/** A profile's results: the gateway joins the two services here (the profile's id, the analysis service's results). */
@Path("/api/profiles")
@Tag(name = "profiles")
public class ProfileResultsApi {

    @Inject
    @RestClient
    AnalysisClient analysis;

    @Inject
    Forwarder forward;

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Results of the profile's runs, newest first")
    @APIResponse(responseCode = "200", description = "results of its runs, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    public Response listProfileResults(@PathParam("id") String id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return forward.read(ResultApi.SERVICE, () -> analysis.list(id, null, null, page, size));
    }
}

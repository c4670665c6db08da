package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ResultClient;

/** A profile's results: the gateway joins the two services here (the profile's id, the analysis service's results). */
@Path("/api/profiles")
@Tag(name = "profiles")
public class ProfileResultsApi {

    @Inject
    @RestClient
    ResultClient results;

    @Inject
    Forwarder forward;

    @GET
    @Path("/{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Results of the profile's runs, newest first")
    @APIResponse(responseCode = "200", description = "results of its runs, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    public List<ResultListItem> listProfileResults(@PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return forward.fetch(ResultApi.SERVICE, () -> results.listResults(id, null, null, page, size));
    }
}

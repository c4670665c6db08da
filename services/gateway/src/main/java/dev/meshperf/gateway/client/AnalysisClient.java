package dev.meshperf.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

import dev.meshperf.contracts.api.LiveProgress;

/** The analysis service: results, comparisons, exports and live progress. */
@RegisterRestClient(configKey = "analysis")
@Path("/api/results")
public interface AnalysisClient {

    @GET
    Response list(@QueryParam("profileId") String profileId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/daily")
    Response daily(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") String zone);

    @GET
    @Path("/compare")
    Response compare(@QueryParam("ids") String ids);

    @GET
    @Path("/{testId}")
    Response get(@PathParam("testId") String testId);

    @GET
    @Path("/{testId}/export")
    Response export(@PathParam("testId") String testId, @QueryParam("format") String format);

    @GET
    @Path("/{testId}/live")
    Response live(@PathParam("testId") String testId, @QueryParam("after") Long after);

    @GET
    @Path("/{testId}/live")
    Uni<LiveProgress> liveAsync(@PathParam("testId") String testId, @QueryParam("after") long after);
}

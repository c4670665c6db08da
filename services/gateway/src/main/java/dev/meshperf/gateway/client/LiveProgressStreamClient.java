package dev.meshperf.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.mutiny.Uni;

import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.contracts.api.endpoints.LiveProgressEndpoints;
import dev.meshperf.problem.ApiJson;

/**
 * The non-blocking twin of {@link LiveProgressEndpoints#getLiveProgress} for the server-sent event relay ({@code
 * EventsApi}), which polls it every second without holding a thread. An interface method cannot change its return
 * type, so this one path is declared here a second time.
 */
@RegisterRestClient(configKey = "analysis")
@Path("/api/results")
public interface LiveProgressStreamClient {

    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper gateway) {
        return ApiJson.tolerant(gateway);
    }

    @GET
    @Path("/{testId}/live")
    Uni<LiveProgress> liveAsync(@PathParam("testId") String testId, @QueryParam("after") long after);
}

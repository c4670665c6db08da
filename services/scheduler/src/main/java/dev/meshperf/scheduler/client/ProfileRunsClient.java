package dev.meshperf.scheduler.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.meshperf.contracts.api.RunOptions;

/** The profile service: whether a profile exists, and running it. */
@RegisterRestClient(configKey = "profile")
@Path("/api/profiles")
public interface ProfileRunsClient {

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") String id);

    /** 202 when the run starts, 200 when a run with the same test id was started before. */
    @POST
    @Path("/{id}/run")
    @Consumes(MediaType.APPLICATION_JSON)
    Response run(@PathParam("id") String id, RunOptions options);
}

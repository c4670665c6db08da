package dev.meshperf.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The metrics collector's comparison of runs' environments: what changed in the system between them. */
@RegisterRestClient(configKey = "metrics")
@Path("/api/environment")
public interface EnvironmentClient {

    @GET
    @Path("/compare")
    Response compare(@QueryParam("ids") String ids);
}

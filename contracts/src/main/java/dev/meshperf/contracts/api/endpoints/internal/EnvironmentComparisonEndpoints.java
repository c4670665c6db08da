package dev.meshperf.contracts.api.endpoints.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.contracts.api.EnvironmentComparison;

/**
 * What changed in the system between runs, from the metrics collector, for the gateway, which adds it to comparisons
 * and baseline verdicts (it serves no operation of its own for it).
 */
@Path("/api/environment")
@Produces(MediaType.APPLICATION_JSON)
public interface EnvironmentComparisonEndpoints {

    /** @param ids 2 to 10 test ids separated by commas; the first is the reference */
    @GET
    @Path("/compare")
    EnvironmentComparison compareEnvironments(@QueryParam("ids") String ids);
}

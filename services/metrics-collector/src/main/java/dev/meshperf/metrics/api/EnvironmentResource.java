package dev.meshperf.metrics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.metrics.service.CollectionService;

/** What the cluster and the mesh were doing during a test. */
@Path("/api/tests/{testId}/environment")
@Produces(MediaType.APPLICATION_JSON)
public class EnvironmentResource {

    @Inject
    CollectionService collection;

    @GET
    public RunEnvironment environment(@PathParam("testId") String testId) {
        return collection.environment(testId);
    }
}

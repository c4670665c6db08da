package dev.meshperf.runnerservice.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.runner.spi.GeneratorInfo;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.service.RunService;

/** What this runner can do and what it runs now; the gateway lists generators from here. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class GeneratorResource {

    @Inject
    LoadRunner runner;

    @Inject
    RunService runs;

    @GET
    @Path("/generator")
    public GeneratorInfo generator() {
        return runner.describe();
    }

    /** Running shards as {@code testId#shardIndex}. */
    @GET
    @Path("/shards")
    public List<String> shards() {
        return runs.activeShards();
    }
}

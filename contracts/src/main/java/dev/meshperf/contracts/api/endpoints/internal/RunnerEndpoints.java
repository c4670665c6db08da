package dev.meshperf.contracts.api.endpoints.internal;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.validation.Violation;

/**
 * What every runner service answers, for the profile service (not served by the gateway): its generator, whether it
 * can run a load spec, and the shards it runs now.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface RunnerEndpoints {

    @GET
    @Path("/generator")
    GeneratorInfo describeGenerator();

    /**
     * The options of a load spec this generator cannot honour here, or beyond this runner's limits, each naming its
     * field; empty when it can run it. While the generator cannot run at all, the answer is that alone: one violation
     * on {@code generator} with the cause.
     *
     * @param loadSpec
     * a {@code LoadSpec} as {@code test.requested} carries it (the events' JSON: ISO-8601 durations)
     */
    @POST
    @Path("/generator/check")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Violation> checkOptions(String loadSpec);

    /** Running shards as {@code testId#shardIndex}. */
    @GET
    @Path("/shards")
    List<String> listShards();
}

package dev.meshperf.runnerservice.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.api.endpoints.internal.RunnerEndpoints;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerservice.config.RunnerConfig;
import dev.meshperf.runnerservice.service.ShardRunService;

/**
 * What this runner can do and what it runs now ({@link RunnerEndpoints}); the profile service lists generators and
 * checks runs here.
 */
public class RunnerGeneratorResource implements RunnerEndpoints {

    @Inject
    LoadRunner runner;

    @Inject
    ShardRunService runs;

    @Inject
    RunnerConfig config;

    @Override
    public GeneratorInfo describeGenerator() {
        return runner.describe();
    }

    /**
     * The options of a load spec (as in {@code test.requested}) this generator cannot honour here, or beyond this
     * runner's limits, each naming the field; an empty list when it can run it. While the generator cannot run at
     * all, the answer is that alone: one violation on {@code generator} with the cause.
     */
    @Override
    public List<Violation> checkOptions(String body) {
        LoadSpec spec;
        try {
            spec = EventJson.mapper().readValue(body, LoadSpec.class);
        } catch (IOException e) {
            throw new WebApplicationException("not a load spec: " + e.getMessage(), Response.Status.BAD_REQUEST);
        }
        Optional<Violation> unavailable = runner.unavailable();
        if (unavailable.isPresent()) {
            return List.of(unavailable.get());
        }
        List<Violation> found = new ArrayList<>(runner.unsupported(spec));
        try {
            config.runnerLimits().check(spec);
        } catch (RunFailure limit) {
            String message = limit.getMessage();
            int colon = message.indexOf(": ");
            found.add(colon > 0
                    ? new Violation(message.substring(0, colon), message.substring(colon + 2))
                    : new Violation("spec", message));
        }
        return found;
    }

    @Override
    public List<String> listShards() {
        return runs.activeShards();
    }
}

package dev.meshperf.runnernative.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.run.NativeLoadRunner;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnernative.config.EngineConfig;
import dev.meshperf.runnerservice.config.RunnerConfig;

/** One engine (its event loops) per process, shared by every shard this instance runs. */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @ApplicationScoped
    LoadEngine engine(EngineConfig config) {
        int loops = config.eventLoops() > 0 ? config.eventLoops() : Runtime.getRuntime().availableProcessors();
        return new LoadEngine(loops);
    }

    void close(@Disposes LoadEngine engine) {
        engine.close();
    }

    @Produces
    @ApplicationScoped
    LoadRunner runner(LoadEngine engine, RunnerConfig config) {
        return new NativeLoadRunner(engine, config.runnerLimits());
    }
}

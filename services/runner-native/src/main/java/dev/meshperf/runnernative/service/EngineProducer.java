package dev.meshperf.runnernative.service;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.run.NativeLoadRunner;
import dev.meshperf.runner.spi.GeneratorInfo;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runnernative.config.RunnerConfig;

/** One engine (its event loops) per process, shared by every shard this instance runs. */
@ApplicationScoped
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @ApplicationScoped
    LoadEngine engine(RunnerConfig config) {
        int loops = config.eventLoops() > 0 ? config.eventLoops() : Runtime.getRuntime().availableProcessors();
        return new LoadEngine(loops);
    }

    void close(@Disposes LoadEngine engine) {
        engine.close();
    }

    @Produces
    @ApplicationScoped
    LoadRunner runner(LoadEngine engine, RunnerConfig config) {
        RunnerConfig.Limits limits = config.limits();
        Set<String> hosts = new HashSet<>();
        limits.allowedHosts().ifPresent(list -> list.forEach(h -> hosts.add(h.trim().toLowerCase(Locale.ROOT))));
        NativeLoadRunner runner = new NativeLoadRunner(engine,
                new RunnerLimits(limits.maxRate(), limits.maxConnections(), limits.maxDuration(), Set.copyOf(hosts)));
        GeneratorInfo info = runner.describe();
        LOG.infof("generator %s %s: protocols %s, load models %s; limits: %s req/s, %d connections, %s%s",
                info.name(), info.version(), info.protocols(), info.loadModels(), limits.maxRate(),
                limits.maxConnections(), limits.maxDuration(), hosts.isEmpty() ? "" : ", hosts " + hosts);
        return runner;
    }
}

package dev.meshperf.runnerwrk2.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import dev.meshperf.runner.spi.GeneratorInfo;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.config.RunnerConfig;
import dev.meshperf.runnerwrk2.config.WrkConfig;

/** The wrk2 generator of this service; it says at start-up which binaries it found. */
@ApplicationScoped
public class RunnerProducer {

    private static final Logger LOG = Logger.getLogger(RunnerProducer.class);

    @Produces
    @ApplicationScoped
    LoadRunner runner(WrkConfig wrk, RunnerConfig config) {
        WrkLoadRunner runner = new WrkLoadRunner(wrk.wrk2Binary(), wrk.wrkBinary(), wrk.grace(), wrk.threads(),
                config.runnerLimits());
        GeneratorInfo info = runner.describe();
        if (info.available()) {
            LOG.infof("generator %s: %s; load models %s", info.name(), info.version(), info.loadModels());
        } else {
            LOG.warnf("generator %s is unavailable: %s; its tests will fail with that reason", info.name(),
                    info.unavailableReason());
        }
        return runner;
    }
}

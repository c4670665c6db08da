package dev.meshperf.runnerwrk2.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.config.RunnerConfig;
import dev.meshperf.runnerwrk2.config.WrkConfig;

/** The wrk2 generator of this service. */
@ApplicationScoped
public class RunnerProducer {

    @Produces
    @ApplicationScoped
    LoadRunner runner(WrkConfig wrk, RunnerConfig config) {
        return new WrkLoadRunner(wrk.wrk2Binary(), wrk.wrkBinary(), wrk.grace(), wrk.threads(),
                config.runnerLimits());
    }
}

package dev.meshperf.runnerfortio.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerfortio.config.FortioConfig;
import dev.meshperf.runnerservice.config.RunnerConfig;

/** The fortio generator of this service: through a fortio server when one is configured, else the binary. */
@ApplicationScoped
public class RunnerProducer {

    @Produces
    @ApplicationScoped
    LoadRunner runner(FortioConfig fortio, RunnerConfig config) {
        FortioTransport transport = fortio.serverUrl().filter(u -> !u.isBlank())
                .<FortioTransport>map(FortioServer::new).orElseGet(() -> new FortioBinary(fortio.binary()));
        return new FortioLoadRunner(transport, fortio.grace(), config.runnerLimits());
    }
}

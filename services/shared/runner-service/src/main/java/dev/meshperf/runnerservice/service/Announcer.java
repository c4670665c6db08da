package dev.meshperf.runnerservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.config.RunnerConfig;

/**
 * Says at start-up what this runner's generator can do here, or why it cannot run; the same answer is served at
 * {@code GET /api/generator}.
 */
@ApplicationScoped
public class Announcer {

    private static final Logger LOG = Logger.getLogger(Announcer.class);

    void announce(@Observes StartupEvent start, LoadRunner runner, RunnerConfig config) {
        GeneratorInfo info = runner.describe();
        if (info.available()) {
            LOG.infof("generator %s %s: protocols %s, load models %s; limits %s", info.name(), info.version(),
                    info.protocols(), info.loadModels(), config.runnerLimits());
        } else {
            LOG.warnf("generator %s is unavailable: %s; tests sent to it fail with that reason", info.name(),
                    info.unavailableReason());
        }
    }
}

package dev.meshperf.runnerservice.service;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

import dev.meshperf.runnerservice.messaging.SamplePublisher;

/**
 * A runner asked to stop (SIGTERM, a pod eviction) first ends its running shards as CANCELLED, killing their
 * generator processes, and waits until the broker has their last samples; only then does the service go, so that
 * analysis ends those tests at once and says why, and no child process is left behind.
 */
@ApplicationScoped
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    ShardRunService runs;

    @Inject
    SamplePublisher publisher;

    void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stop) {
        int cancelled = runs.stopAll(PATIENCE);
        if (cancelled > 0 && !publisher.awaitSent(PATIENCE)) {
            LOG.warnf("the broker did not take every last sample within %s", PATIENCE);
        }
    }
}

package dev.meshperf.scheduler.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Looks for due schedules every {@code meshperf.scheduler.tick}, first right after start-up. */
@ApplicationScoped
public class Ticker {

    private static final Logger LOG = Logger.getLogger(Ticker.class);

    @Inject
    FiringService firing;

    @Scheduled(every = "${meshperf.scheduler.tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            firing.fireDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "firing due schedules failed; trying again at the next tick: %s", e.getMessage());
        }
    }
}

package dev.meshperf.scheduler.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The scheduler's only source of time, so that tests move a clock instead of waiting. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(SchedulerConfig config) {
        return Clock.offset(Clock.systemUTC(), config.clockOffset());
    }
}

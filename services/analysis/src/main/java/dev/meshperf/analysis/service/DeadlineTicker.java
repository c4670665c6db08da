package dev.meshperf.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Ends tests whose deadline has passed, once a second. */
@ApplicationScoped
public class DeadlineTicker {

    @Inject
    AggregationService aggregation;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        aggregation.checkDeadlines();
    }
}

package dev.meshperf.analysis.messaging;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.meshperf.analysis.config.AnalysisConfig;

/** The one {@link DatabaseRetry} of the consumers: pauses from 100 ms doubling to 5 s, for the configured patience. */
public class DatabaseRetryProducer {

    @Produces
    @Singleton
    DatabaseRetry databaseRetry(AnalysisConfig config) {
        return new DatabaseRetry(Duration.ofMillis(100), Duration.ofSeconds(5), config.databasePatience());
    }
}

package dev.meshperf.analysis.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of analysis ({@code meshperf.analysis.*}). */
@ConfigMapping(prefix = "meshperf.analysis")
public interface AnalysisConfig {

    /**
     * How long after its planned end (start + warm-up + duration) a test waits for missing final samples before it
     * ends as PARTIAL or FAILED.
     */
    @WithDefault("PT30S")
    Duration grace();

    /**
     * When every shard has finished but the test's request has not arrived yet (the topics are read independently),
     * how long to wait for it before the result is stored without it: without the request there are no SLO checks,
     * no requested rate and no generator in the result.
     */
    @WithDefault("PT5S")
    Duration requestWait();

    /**
     * A shard of a running test that sends nothing (no sample, no heartbeat) for this long, while the broker answers,
     * is lost: the test then ends as soon as every shard has finished or is lost, naming the lost one.
     */
    @WithDefault("PT10S")
    Duration shardSilence();

    /**
     * Threads that merge samples. Each test always goes to the same one, so its samples stay in order; more threads
     * merge more tests at once.
     */
    @WithDefault("2")
    int ingestThreads();

    /** Threads that store finished tests, apart from the merging threads. */
    @WithDefault("1")
    int finishThreads();

    /** At most this many tests that end together are stored in one transaction. */
    @WithDefault("50")
    int finishBatch();

    /** Samples that may wait per ingest thread before consumption from Kafka pauses. */
    @WithDefault("10000")
    int ingestQueue();
}

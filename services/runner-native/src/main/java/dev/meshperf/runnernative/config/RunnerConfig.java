package dev.meshperf.runnernative.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the native runner ({@code meshperf.runner.*}). */
@ConfigMapping(prefix = "meshperf.runner")
public interface RunnerConfig {

    /** Event loops driving load; 0 uses one per core. */
    @WithDefault("0")
    int eventLoops();

    /** Shards this instance runs at once; more are refused with a reason. */
    @WithDefault("64")
    int maxConcurrentShards();

    /** A request whose start instant is further in the past than this is refused instead of run late. */
    @WithDefault("PT5M")
    Duration maxStartDelay();

    Limits limits();

    interface Limits {

        /** Highest total request rate one test may ask for, in requests per second. */
        @WithDefault("200000")
        double maxRate();

        @WithDefault("10000")
        int maxConnections();

        /** Longest test, warm-up included. */
        @WithDefault("PT1H")
        Duration maxDuration();

        /** Hosts tests may target; absent allows every host. */
        Optional<List<String>> allowedHosts();
    }
}

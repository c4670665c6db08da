package dev.meshperf.runnerservice.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import dev.meshperf.runner.spi.RunnerLimits;

/** Settings every runner service shares ({@code meshperf.runner.*}). */
@ConfigMapping(prefix = "meshperf.runner")
public interface RunnerConfig {

    /** Shards this instance runs at once; more are refused with a reason. */
    @WithDefault("64")
    int maxConcurrentShards();

    /** A request whose start instant is further in the past than this is refused instead of run late. */
    @WithDefault("PT5M")
    Duration maxStartDelay();

    Limits limits();

    /** The guard rails as the runner SPI takes them. */
    default RunnerLimits runnerLimits() {
        Set<String> hosts = new HashSet<>();
        limits().allowedHosts().ifPresent(list -> list.forEach(h -> hosts.add(h.trim().toLowerCase(Locale.ROOT))));
        return new RunnerLimits(limits().maxRate(), limits().maxConnections(), limits().maxDuration(),
                Set.copyOf(hosts));
    }

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

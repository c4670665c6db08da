package dev.meshperf.runnerservice.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import dev.meshperf.contracts.egress.EgressPolicy;
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

    /**
     * The guard rails as the runner SPI takes them, with the egress policy every service that checks destinations
     * shares ({@code meshperf.egress.allow}, {@code meshperf.egress.deny}; read here by name, as they sit outside
     * this mapping's prefix).
     */
    default RunnerLimits runnerLimits() {
        Set<String> hosts = new HashSet<>();
        limits().allowedHosts().ifPresent(list -> list.forEach(h -> hosts.add(h.trim().toLowerCase(Locale.ROOT))));
        Config all = ConfigProvider.getConfig();
        EgressPolicy egress = EgressPolicy.of(all.getOptionalValues(EgressPolicy.ALLOW, String.class)
                .orElse(List.of()), all.getOptionalValues(EgressPolicy.DENY, String.class).orElse(List.of()));
        return new RunnerLimits(limits().maxRate(), limits().maxConnections(), limits().maxDuration(),
                Set.copyOf(hosts), egress);
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

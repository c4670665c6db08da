package dev.meshperf.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code meshperf.gateway}. */
@ConfigMapping(prefix = "meshperf.gateway")
public interface GatewayConfig {

    /** Tokens accepted for operations that start load or change data. Never logged, never returned. */
    Optional<List<String>> tokens();

    /** Whether reads (GET) need no token. */
    @WithDefault("true")
    boolean openReads();

    /** How often live progress is polled for a server-sent event stream. */
    @WithDefault("PT1S")
    Duration liveInterval();

    /**
     * How long a live stream keeps polling analysis while it cannot be reached (a restart) before the stream fails; a
     * client may then reconnect with Last-Event-ID.
     */
    @WithDefault("PT2M")
    Duration livePatience();

    /**
     * Runs (profile runs and ad-hoc runs) one API token may start per minute; beyond it a run is refused with 429 and
     * Retry-After. 0 turns the limit off.
     */
    @WithDefault("60")
    int runsPerMinute();

    /** Attempts of an idempotent call (GET) to a service that cannot be reached. */
    @WithDefault("3")
    int attempts();
}

package dev.meshperf.reliability;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a record this service publishes is tried again when the broker does not take it ({@code meshperf.send.*}).
 */
@ConfigMapping(prefix = "meshperf.send")
public interface SendConfig {

    /**
     * How long a record is sent again (after the producer's own retries, {@code delivery.timeout.ms}) before it is
     * given up and logged as lost.
     */
    @WithDefault("PT10M")
    Duration patience();

    /** The first pause before a record is sent again; each pause doubles, up to {@link #longestPause()}. */
    @WithDefault("PT1S")
    Duration firstPause();

    @WithDefault("PT30S")
    Duration longestPause();
}

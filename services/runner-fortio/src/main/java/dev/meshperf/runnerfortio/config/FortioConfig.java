package dev.meshperf.runnerfortio.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this runner reaches fortio ({@code meshperf.fortio.*}): a fortio server's REST API, or the binary. */
@ConfigMapping(prefix = "meshperf.fortio")
public interface FortioConfig {

    /**
     * A fortio server ({@code fortio server}), e.g. {@code http://fortio:8080}; when set, runs go through its REST API.
     */
    Optional<String> serverUrl();

    /** The fortio binary, used when no server is set: a name looked up on the PATH, or a path. */
    @WithDefault("fortio")
    String binary();

    /** How long a run may take past its duration before it is abandoned (and the binary killed). */
    @WithDefault("PT15S")
    Duration grace();
}

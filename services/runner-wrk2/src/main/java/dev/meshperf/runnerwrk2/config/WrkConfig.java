package dev.meshperf.runnerwrk2.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the binaries are and how long a run may overrun ({@code meshperf.wrk.*}). */
@ConfigMapping(prefix = "meshperf.wrk")
public interface WrkConfig {

    /** wrk2 (Gil Tene's fork, constant rate with {@code -R}): a name looked up on the PATH, or a path. */
    @WithDefault("wrk2")
    String wrk2Binary();

    /** wrk (Debian's package, max rate only): a name looked up on the PATH, or a path. */
    @WithDefault("wrk")
    String wrkBinary();

    /** How long a binary may run past its duration before it is killed and the shard fails. */
    @WithDefault("PT15S")
    Duration grace();

    /** wrk threads per shard when the spec names none; absent uses one per core (never more than connections). */
    Optional<Integer> threads();
}

package dev.meshperf.profile.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code meshperf.profile}. */
@ConfigMapping(prefix = "meshperf.profile")
public interface ProfileConfig {

    /** Load generators this installation runs; the first is the default of a profile that names none. */
    @WithDefault("native")
    List<String> generators();

    /**
     * The runner service of each generator ({@code meshperf.profile.runners.wrk2=http://runner-wrk2:8096}): asked
     * what it can do for {@code GET /api/generators}, and whether it can honour a run's options before the run is
     * accepted. A generator without one is listed as unavailable and its runs are not checked.
     */
    Map<String, String> runners();

    /** How long a runner service may take to answer those questions. */
    @WithDefault("PT3S")
    Duration runnerTimeout();

    /** Most shards (concurrent runner instances) one test may ask for. */
    @WithDefault("64")
    int maxShards();

    /**
     * Time between accepting a run and its common start instant, so that every shard's runner has received its
     * request and connected before load starts.
     */
    @WithDefault("PT2S")
    Duration startDelay();

    /**
     * The key the secret parts of profiles (credential headers, cookies, secret body fields) are sealed with: 32
     * characters or more, and it must never change. Without it, a profile with a secret is refused.
     */
    Optional<String> encryptionKey();
}

package dev.meshperf.profile.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code meshperf.profile}. */
@ConfigMapping(prefix = "meshperf.profile")
public interface ProfileConfig {

    /** Load generators this installation runs; the first is the default of a profile that names none. */
    @WithDefault("native")
    List<String> generators();

    /** Most shards (concurrent runner instances) one test may ask for. */
    @WithDefault("64")
    int maxShards();

    /**
     * Time between accepting a run and its common start instant, so that every shard's runner has received its
     * request and connected before load starts.
     */
    @WithDefault("PT2S")
    Duration startDelay();
}

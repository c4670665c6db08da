package dev.meshperf.runnernative.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of meshperf's own engine ({@code meshperf.native.*}). */
@ConfigMapping(prefix = "meshperf.native")
public interface EngineConfig {

    /** Event loops driving load; 0 uses one per core. */
    @WithDefault("0")
    int eventLoops();
}

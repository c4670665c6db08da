package dev.meshperf.analysis.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of analysis ({@code meshperf.analysis.*}). */
@ConfigMapping(prefix = "meshperf.analysis")
public interface AnalysisConfig {

    /**
     * How long after its planned end (start + warm-up + duration) a test waits for missing final samples before it
     * ends as PARTIAL or FAILED.
     */
    @WithDefault("PT30S")
    Duration grace();
}

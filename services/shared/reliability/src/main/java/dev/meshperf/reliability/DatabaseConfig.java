package dev.meshperf.reliability;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long work waits for an unreachable database ({@code meshperf.database.*}). */
@ConfigMapping(prefix = "meshperf.database")
public interface DatabaseConfig {

    /**
     * How long one piece of work (a record, a result) is tried again while the database cannot be reached, before it
     * is given up (a record is then dead-lettered with the reason).
     */
    @WithDefault("PT5M")
    Duration patience();

    /** The first pause between tries; each pause doubles, up to {@link #longestPause()}. */
    @WithDefault("PT0.1S")
    Duration firstPause();

    @WithDefault("PT5S")
    Duration longestPause();
}

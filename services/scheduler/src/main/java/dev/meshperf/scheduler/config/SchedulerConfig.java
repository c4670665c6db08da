package dev.meshperf.scheduler.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the scheduler ({@code meshperf.scheduler.*}). */
@ConfigMapping(prefix = "meshperf.scheduler")
public interface SchedulerConfig {

    /** How often due schedules are looked for. */
    @WithDefault("1s")
    String tick();

    /**
     * An occurrence missed while every scheduler was down is still fired when a scheduler comes back within this
     * long after it; later, it is recorded as MISSED.
     */
    @WithDefault("PT5M")
    Duration misfireWindow();

    /** The shortest interval an {@code every} rule may have. */
    @WithDefault("PT5M")
    Duration minInterval();

    /** Added to the system clock: for drills and tests that need this instance to live at another time. */
    @WithDefault("PT0S")
    Duration clockOffset();
}

package dev.meshperf.runner.spi;

import java.time.Instant;

import dev.meshperf.contracts.events.Counters;

/**
 * What a generator that reports its result at the end tells while it runs (wrk's responses counted per second): the
 * runner sends it on as a sample with counters and no histograms, so a runner that dies loses only its last seconds.
 * What it told is taken from the final sample, so every request is counted once.
 */
@FunctionalInterface
public interface Progress {

    Progress IGNORED = (counters, from, to) -> {
    };

    /** {@code counters} counted between {@code from} and {@code to}. */
    void counted(Counters counters, Instant from, Instant to);
}

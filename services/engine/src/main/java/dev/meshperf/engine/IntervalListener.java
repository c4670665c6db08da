package dev.meshperf.engine;

import dev.meshperf.runner.spi.IntervalData;

/** Receives the merged intervals of a run, on the engine's sampler thread. */
public interface IntervalListener {

    /** One interval; {@code last} marks the final one, after every request in flight has ended. */
    void interval(IntervalData data, boolean last);
}

package dev.meshperf.runner.spi;

import java.time.Instant;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;

/** What a runner measured in one interval, before it is encoded into a sample. Histograms are in microseconds. */
public record IntervalData(
        Instant start,
        Instant end,
        Histogram latency,
        Histogram serviceTime,
        Histogram schedulingLag,
        Counters counters) {
}

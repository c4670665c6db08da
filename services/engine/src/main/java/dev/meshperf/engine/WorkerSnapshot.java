package dev.meshperf.engine;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;

/** One worker's interval, handed from its event loop to the sampler. */
record WorkerSnapshot(Histogram latency, Histogram serviceTime, Histogram schedulingLag, Counters counters) {
}

package dev.meshperf.runner.spi;

import dev.meshperf.contracts.events.TestSample;

/** Receives a shard's samples in sequence order. Called from the runner's own threads; must not block for long. */
@FunctionalInterface
public interface SampleSink {

    void accept(TestSample sample);
}

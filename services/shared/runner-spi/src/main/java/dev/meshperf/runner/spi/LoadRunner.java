package dev.meshperf.runner.spi;

/**
 * A load generator behind meshperf. A runner service hands each shard of a test it receives to {@link #start}; the
 * runner drives the load and reports through the {@link SampleSink}: one sample per interval (normally one second),
 * then exactly one final sample, which carries a {@link dev.meshperf.contracts.events.Failure} when the shard could
 * not run or broke off.
 */
public interface LoadRunner {

    /** The generator name in {@code test.requested}, for example {@code native}. */
    String generator();

    /** What this runner can do on this machine right now. */
    GeneratorInfo describe();

    /**
     * Starts one shard and returns at once. Load begins at the request's common start instant (or at once if that
     * has passed). Refusals that need no load (an invalid or unsupported spec) may be thrown as {@link RunFailure}.
     */
    RunHandle start(ShardRun run, SampleSink sink);
}

package dev.meshperf.contracts.events;

/** How a test ended. */
public enum TestStatus {
    /** Every shard sent its final sample. */
    COMPLETED,
    /** The deadline passed with some shards missing; the result covers the shards that reported. */
    PARTIAL, FAILED, CANCELLED
}

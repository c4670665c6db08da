package dev.meshperf.contracts.events;

/** Shard {@code index} (0-based) of {@code count} shards that together make one test. */
public record ShardRef(int index, int count) {

    public static ShardRef single() {
        return new ShardRef(0, 1);
    }
}

package dev.meshperf.contracts.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.utils.Utils;

/**
 * Where each shard of a test goes on {@code test.requested}: shard i of N goes to partition p0 + ⌊i·P/N⌋ (mod P),
 * where p0 is the partition Kafka's default partitioner gives the test id and P the topic's partition count. Shards
 * are spread evenly over the partitions, so with Kafka's default range assignment (each consumer takes a contiguous
 * block of about P/M partitions) N ≤ M shards land on N different runner instances. With fewer instances, one runs
 * several shards at once and the run still completes. Shard 0 shares its partition with every other record keyed by
 * the test id, such as a cancellation.
 */
public final class ShardPartitioner {

    private ShardPartitioner() {
    }

    public static int partition(String testId, int shardIndex, int shardCount, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition, was " + partitions);
        }
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("shard " + shardIndex + " of " + shardCount);
        }
        int base = Utils.toPositive(Utils.murmur2(testId.getBytes(StandardCharsets.UTF_8))) % partitions;
        return (int) ((base + (long) shardIndex * partitions / shardCount) % partitions);
    }
}

package dev.meshperf.contracts.kafka;

import org.apache.kafka.common.utils.Utils;

/**
 * Where each shard of a test goes on {@code test.requested}. Shard i goes to partition (p0 + i) mod P, where p0 is the
 * partition Kafka's default partitioner gives the test id. So N shards land on N distinct partitions when N ≤ P, and
 * Kafka's group assignment spreads distinct partitions over the runner instances: with at least N instances (and
 * partitions spread evenly) each shard runs on its own instance; with fewer, an instance runs several shards at once
 * and the run still completes. Shard 0 shares its partition with any other record keyed by the test id, such as a
 * cancellation sent there.
 */
public final class ShardPartitioner {

    private ShardPartitioner() {
    }

    public static int partition(String testId, int shardIndex, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition, was " + partitions);
        }
        int base = Utils.toPositive(Utils.murmur2(testId.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                % partitions;
        return (base + shardIndex) % partitions;
    }
}

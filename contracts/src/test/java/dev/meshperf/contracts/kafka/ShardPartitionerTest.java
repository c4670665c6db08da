package dev.meshperf.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ShardPartitionerTest {

    @Test
    void shardsOfATestLandOnDistinctPartitionsStartingWhereTheTestIdHashes() {
        for (int t = 0; t < 200; t++) {
            String testId = UUID.randomUUID().toString();
            Set<Integer> used = new HashSet<>();
            for (int shard = 0; shard < 6; shard++) {
                used.add(ShardPartitioner.partition(testId, shard, 6, 8));
            }
            assertThat(used).hasSize(6);
            assertThat(ShardPartitioner.partition(testId, 0, 6, 8)).as("shard 0 is where the key hashes")
                    .isEqualTo(BuiltInPartitioner.partitionForKey(testId.getBytes(), 8));
        }
    }

    /** Kafka's range assignment gives each of M consumers a contiguous block of partitions. */
    @Test
    void withRangeAssignmentEveryShardGoesToADifferentConsumer() {
        for (int[] c : List.of(new int[]{2, 2, 4}, new int[]{3, 3, 12}, new int[]{2, 4, 8},
                new int[]{4, 4, 4})) {
            int shards = c[0];
            int consumers = c[1];
            int partitions = c[2];
            for (int t = 0; t < 200; t++) {
                String testId = UUID.randomUUID().toString();
                Set<Integer> owners = new HashSet<>();
                for (int shard = 0; shard < shards; shard++) {
                    int partition = ShardPartitioner.partition(testId, shard, shards, partitions);
                    owners.add(partition / (partitions / consumers));
                }
                assertThat(owners).as("%d shards, %d consumers, %d partitions", shards, consumers, partitions)
                        .hasSize(shards);
            }
        }
    }
}

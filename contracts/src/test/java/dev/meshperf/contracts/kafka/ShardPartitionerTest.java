package dev.meshperf.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
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
                used.add(ShardPartitioner.partition(testId, shard, 8));
            }
            assertThat(used).hasSize(6);
            assertThat(ShardPartitioner.partition(testId, 0, 8)).as("shard 0 is where the key hashes")
                    .isEqualTo(BuiltInPartitioner.partitionForKey(testId.getBytes(), 8));
        }
    }

    @Test
    void moreShardsThanPartitionsWrapAround() {
        assertThat(ShardPartitioner.partition("t", 4, 4)).isEqualTo(ShardPartitioner.partition("t", 0, 4));
    }
}

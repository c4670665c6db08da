package dev.meshperf.profile.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.PartitionInfo;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.ShardPartitioner;

/**
 * Publishes the records of a test on {@code test.requested} and waits until the broker has them, so that a run is
 * only reported accepted once its runners can see it. Shard i goes to its {@link ShardPartitioner} partition; a
 * cancel goes to each partition a shard went to.
 */
@ApplicationScoped
public class TestRequestPublisher {

    /** Longer than the producer's delivery.timeout.ms (10 s): by then every record is either taken or refused. */
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @Channel(ProfileChannels.TEST_REQUESTED)
    Emitter<Object> emitter;

    @Inject
    KafkaClientService kafka;

    private volatile int partitions;

    public void publish(List<TestRequested> shards) {
        int p = partitions();
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (TestRequested shard : shards) {
            Integer partition = p == 0
                    ? null
                    : ShardPartitioner.partition(shard.testId(), shard.shard().index(), shard.shard().count(), p);
            acks.add(send(shard, shard.testId(), partition));
        }
        await(acks, shards.get(0).testId());
    }

    public void publishCancel(TestCancel cancel, int shardCount) {
        int p = partitions();
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        if (p == 0) {
            acks.add(send(cancel, cancel.testId(), null));
        } else {
            java.util.Set<Integer> used = new java.util.TreeSet<>();
            for (int i = 0; i < shardCount; i++) {
                used.add(ShardPartitioner.partition(cancel.testId(), i, shardCount, p));
            }
            used.forEach(partition -> acks.add(send(cancel, cancel.testId(), partition)));
        }
        await(acks, cancel.testId());
    }

    private CompletableFuture<Void> send(Object event, String key, Integer partition) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata = OutgoingKafkaRecordMetadata
                .<String>builder().withKey(key);
        if (partition != null) {
            metadata.withPartition(partition);
        }
        emitter.send(Message.of(event).addMetadata(metadata.build()).withAck(() -> {
            ack.complete(null);
            return CompletableFuture.completedFuture(null);
        }).withNack(failure -> {
            ack.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return ack;
    }

    private static void await(List<CompletableFuture<Void>> acks, String testId) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing test " + testId, e);
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka refused the records of test " + testId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge the records of test " + testId + " within "
                    + ACK_TIMEOUT.toSeconds() + "s", e);
        }
    }

    /** The partition count of test.requested, or 0 where the channel is not Kafka (tests on the in-memory one). */
    private int partitions() {
        int known = partitions;
        if (known > 0) {
            return known;
        }
        KafkaProducer<Object, Object> producer = kafka.getProducer(ProfileChannels.TEST_REQUESTED);
        if (producer == null) {
            return 0;
        }
        List<PartitionInfo> info = producer.partitionsFor(Topics.TEST_REQUESTED).await().atMost(ACK_TIMEOUT);
        partitions = info.size();
        return partitions;
    }
}

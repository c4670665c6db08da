package dev.meshperf.analysis.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

import dev.meshperf.analysis.service.AggregationService;

/**
 * Commits {@code test.samples} offsets only up to what is durable ({@code commit-strategy=ignore}: the connector
 * commits nothing itself). A sample is settled once it is merged into a test that is then stored, or once it needed
 * nothing (a late or repeated sample of a stored test), or once its dead letter is written. Per partition the commit
 * is the lowest of: the first offset of a poll not fully merged yet, the first offset an open test holds, and the
 * next offset to read. So after a crash every sample of every open test is read again, and the test is rebuilt whole;
 * the merge counts a sample read twice once (by shard and sequence).
 */
@ApplicationScoped
public class SampleOffsets {

    private static final Logger LOG = Logger.getLogger(SampleOffsets.class);

    @Inject
    KafkaClientService kafka;

    @Inject
    AggregationService aggregation;

    private final Map<TopicPartition, Partition> partitions = new ConcurrentHashMap<>();

    private static final class Partition {

        /** Polls with samples not merged yet, by their first offset. */
        final ConcurrentSkipListMap<Long, Poll> inFlight = new ConcurrentSkipListMap<>();
        /** The offset after the last one read; written after the poll is in {@link #inFlight}. */
        volatile long next = -1;
        long committed = -1;
    }

    /** The records of one poll from one partition: settled when each one is. */
    public final class Poll {

        private final Partition partition;
        private final long first;
        private final AtomicInteger unsettled;

        private Poll(Partition partition, long first, int records) {
            this.partition = partition;
            this.first = first;
            this.unsettled = new AtomicInteger(records);
        }

        /** One record of the poll needs nothing more to be durable. */
        public void settle() {
            if (unsettled.decrementAndGet() == 0) {
                partition.inFlight.remove(first);
            }
        }
    }

    /** Notes a poll's records of one partition, offsets {@code first} to {@code last}, before they are queued. */
    public Poll admit(TopicPartition tp, long first, long last, int records) {
        Partition partition = partitions.computeIfAbsent(tp, p -> new Partition());
        Poll poll = new Poll(partition, first, records);
        partition.inFlight.put(first, poll);
        partition.next = Math.max(partition.next, last + 1);
        return poll;
    }

    /** The partition was taken away (a rebalance): its new owner reads it again from the last commit. */
    public void forget(TopicPartition tp) {
        partitions.remove(tp);
    }

    /** What may be committed now, per partition; only offsets beyond the last commit. */
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        // read in this order: the next offsets, then the polls in flight, then what tests hold. A sample leaves a
        // poll only after its test holds it, so reading the holds last never misses one
        Map<TopicPartition, Long> upTo = new HashMap<>();
        partitions.forEach((tp, p) -> upTo.put(tp, p.next));
        partitions.forEach((tp, p) -> {
            Map.Entry<Long, Poll> oldest = p.inFlight.firstEntry();
            if (oldest != null && upTo.containsKey(tp)) {
                upTo.put(tp, Math.min(upTo.get(tp), oldest.getKey()));
            }
        });
        Map<Integer, Long> held = aggregation.lowestHeldOffsets();
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        upTo.forEach((tp, offset) -> {
            long at = Math.min(offset, held.getOrDefault(tp.partition(), Long.MAX_VALUE));
            Partition p = partitions.get(tp);
            if (p != null && at > p.committed && at >= 0) {
                commits.put(tp, new OffsetAndMetadata(at));
            }
        });
        return commits;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commit() {
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(AnalysisChannels.TEST_SAMPLES);
        if (consumer == null) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> commits = committable();
        if (commits.isEmpty()) {
            return;
        }
        try {
            consumer.commit(commits).await().atMost(Duration.ofSeconds(5));
            commits.forEach((tp, offset) -> {
                Partition p = partitions.get(tp);
                if (p != null) {
                    p.committed = Math.max(p.committed, offset.offset());
                }
            });
        } catch (RuntimeException e) {
            // not committed is safe: those samples are read again after a restart and counted once
            LOG.debugf("committing test.samples offsets failed (%s); trying again in a second", e.getMessage());
        }
    }

    void stopping(@Observes ShutdownEvent stop) {
        commit();
    }
}

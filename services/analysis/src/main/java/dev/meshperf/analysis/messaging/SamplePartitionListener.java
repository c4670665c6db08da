package dev.meshperf.analysis.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * When {@code test.samples} partitions are taken from this instance, commits what is durable of them first (on the
 * polling thread, as Kafka requires) and stops tracking them: their next owner reads on from there.
 */
@ApplicationScoped
@Identifier(SamplePartitionListener.NAME)
public class SamplePartitionListener implements KafkaConsumerRebalanceListener {

    public static final String NAME = "analysis-sample-partitions";
    private static final Logger LOG = Logger.getLogger(SamplePartitionListener.class);

    @Inject
    SampleOffsets offsets;

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> durable = offsets.committable().entrySet().stream()
                .filter(e -> partitions.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            if (!durable.isEmpty()) {
                consumer.commitSync(durable);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not commit test.samples offsets of revoked partitions (%s): they are read again",
                    e.getMessage());
        }
        partitions.forEach(offsets::forget);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(offsets::forget);
    }
}

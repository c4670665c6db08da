package dev.meshperf.analysis.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/**
 * Receives {@code test.samples} a poll at a time ({@code batch=true}: one message per poll, not per record, which
 * is most of what a record costs at thousands per second) and queues each record for merging (see
 * {@link IngestLanes}). The offsets are committed by {@link SampleOffsets} once what they carry is durable; the batch
 * is acknowledged at once (the connector commits nothing: {@code commit-strategy=ignore}).
 */
@ApplicationScoped
public class TestSampleConsumer {

    @Inject
    IngestLanes lanes;

    @Inject
    SampleOffsets offsets;

    @Incoming(AnalysisChannels.TEST_SAMPLES)
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        Map<TopicPartition, List<ConsumerRecord<?, byte[]>>> byPartition = new LinkedHashMap<>();
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(meta -> {
            for (Object record : meta.getRecords()) {
                @SuppressWarnings("unchecked")
                ConsumerRecord<?, byte[]> r = (ConsumerRecord<?, byte[]>) record;
                byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), tp -> new ArrayList<>())
                        .add(r);
            }
        });
        List<RawRecord> records = new ArrayList<>();
        byPartition.forEach((tp, polled) -> {
            SampleOffsets.Poll poll = offsets.admit(tp, polled.get(0).offset(), polled.get(polled.size() - 1).offset(),
                    polled.size());
            polled.forEach(r -> records.add(RawRecord.of(r, poll)));
        });
        return lanes.submit(records).thenCompose(queued -> batch.ack());
    }
}

package dev.meshperf.analysis.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/**
 * Receives {@code test.samples} a poll at a time ({@code batch=true}: one message per poll, not per record, which
 * is most of what a record costs at thousands per second) and queues each record for merging (see
 * {@link IngestLanes}). The batch is acknowledged once every record is queued.
 */
@ApplicationScoped
public class TestSampleConsumer {

    @Inject
    IngestLanes lanes;

    @Incoming(Channels.TEST_SAMPLES)
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        List<RawRecord> records = new ArrayList<>();
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(meta -> {
            for (Object record : meta.getRecords()) {
                @SuppressWarnings("unchecked")
                ConsumerRecord<?, byte[]> r = (ConsumerRecord<?, byte[]>) record;
                records.add(RawRecord.of(r));
            }
        });
        return lanes.submit(records).thenCompose(queued -> batch.ack());
    }
}

package dev.meshperf.analysis.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;

/**
 * Feeds analysis' in-memory channels as Kafka would: JSON values keyed by test id with CloudEvents headers and Kafka
 * metadata (topic, partition, offset), samples a poll at a time; and keeps what the consumers nacked, with the
 * metadata the Kafka connector's dead-letter queue would write.
 */
public final class InMemoryRecords {

    /** A record a consumer nacked, with its reason and the dead letter's metadata. */
    public record Rejected(String key, Throwable reason, Metadata metadata) {

        public String header(String name) {
            var header = metadata.get(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }

    private final InMemoryConnector connector;
    private final List<Rejected> rejected = new CopyOnWriteArrayList<>();
    private long offset;

    public InMemoryRecords(InMemoryConnector connector) {
        this.connector = connector;
    }

    public void request(TestRequested request) {
        send(AnalysisChannels.TEST_REQUESTED, Topics.TEST_REQUESTED, 0, request);
    }

    public void sample(TestSample sample) {
        send(AnalysisChannels.TEST_SAMPLES, Topics.TEST_SAMPLES, 0, sample);
    }

    /** A sample read from {@code partition} of test.samples. */
    public void sampleOn(int partition, TestSample sample) {
        send(AnalysisChannels.TEST_SAMPLES, Topics.TEST_SAMPLES, partition, sample);
    }

    private void send(String channel, String topic, int partition, Object event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new EventSerializer().serialize(topic, headers, event);
        sendRaw(channel, topic, partition, Subjects.of(event), value, headers);
    }

    public void sendRaw(String channel, String topic, int partition, String key, byte[] value,
            RecordHeaders headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, partition, offset++, key, value);
        headers.forEach(record.headers()::add);
        if (AnalysisChannels.TEST_SAMPLES.equals(channel)) {
            // analysis consumes samples a poll at a time, as a batch
            ConsumerRecords<String, byte[]> poll = new ConsumerRecords<>(
                    Map.of(new TopicPartition(topic, partition), List.of(record)), Map.of());
            connector.<Message<List<byte[]>>>source(channel).send(Message.of(List.of(value),
                    Metadata.of(new IncomingKafkaRecordBatchMetadata<>(poll, channel, Map.of()))));
            return;
        }
        Message<byte[]> message = Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record, channel)));
        connector.<Message<byte[]>>source(channel).send(message.withNackWithMetadata((reason, metadata) -> {
            rejected.add(new Rejected(key, reason, metadata));
            return CompletableFuture.completedFuture(null);
        }));
    }

    /** The offset the next record gets. */
    public long nextOffset() {
        return offset;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}

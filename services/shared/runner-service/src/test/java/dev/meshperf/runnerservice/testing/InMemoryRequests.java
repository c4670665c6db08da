package dev.meshperf.runnerservice.testing;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;

import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;
import dev.meshperf.runnerservice.messaging.RunnerChannels;

/**
 * Feeds a runner service's in-memory {@code test.requested} channel as Kafka would (JSON value, test id key,
 * CloudEvents headers) and reads what it published.
 */
public final class InMemoryRequests {

    private final InMemorySource<Message<byte[]>> source;
    private final InMemorySink<TestSample> samples;
    private long offset;

    public InMemoryRequests(InMemorySource<Message<byte[]>> source, InMemorySink<TestSample> samples) {
        this.source = source;
        this.samples = samples;
    }

    public void send(Object event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new EventSerializer().serialize(Topics.TEST_REQUESTED, headers, event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.TEST_REQUESTED, 0, offset++,
                Subjects.of(event), value);
        headers.forEach(record.headers()::add);
        source.send(Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record,
                RunnerChannels.TEST_REQUESTED))));
    }

    public Optional<TestSample> finalOf(String testId) {
        return samples.received().stream().map(Message::getPayload)
                .filter(s -> s.testId().equals(testId) && s.finalSample()).findFirst();
    }

    public boolean anyOf(String testId) {
        return samples.received().stream().anyMatch(m -> m.getPayload().testId().equals(testId));
    }
}

package dev.meshperf.analysis.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * A record as it came from Kafka, before it is read: what merging and dead-lettering need, and the poll whose commit
 * waits for it (null when it did not come from Kafka).
 */
public record RawRecord(String key, Headers headers, byte[] value, String topic, int partition, long offset,
        SampleOffsets.Poll poll) {

    static RawRecord of(ConsumerRecord<?, byte[]> record, SampleOffsets.Poll poll) {
        return new RawRecord(record.key() == null ? null : record.key().toString(), record.headers(),
                record.value(), record.topic(), record.partition(), record.offset(), poll);
    }

    /** The record needs nothing more to be durable: merged into a test that holds it, ignored, or dead-lettered. */
    void settle() {
        if (poll != null) {
            poll.settle();
        }
    }
}

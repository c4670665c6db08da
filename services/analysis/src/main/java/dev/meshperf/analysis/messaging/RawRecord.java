package dev.meshperf.analysis.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/** A record as it came from Kafka, before it is read: what merging and dead-lettering need. */
public record RawRecord(String key, Headers headers, byte[] value, String topic, int partition, long offset) {

    static RawRecord of(ConsumerRecord<?, byte[]> record) {
        return new RawRecord(record.key() == null ? null : record.key().toString(), record.headers(),
                record.value(), record.topic(), record.partition(), record.offset());
    }
}

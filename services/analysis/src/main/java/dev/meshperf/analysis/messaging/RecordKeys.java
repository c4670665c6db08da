package dev.meshperf.analysis.messaging;

import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** Kafka metadata of an incoming record, when it came from Kafka. */
final class RecordKeys {

    private RecordKeys() {
    }

    static Headers headers(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getHeaders)
                .orElse(null);
    }

    /** The record key, which is the test id for every meshperf record; null when absent. */
    static String testId(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> m.getKey())
                .map(Object::toString).orElse(null);
    }
}

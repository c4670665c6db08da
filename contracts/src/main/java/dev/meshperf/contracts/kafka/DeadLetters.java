package dev.meshperf.contracts.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers of a dead-letter record. The record keeps the original key, value and headers, so nothing is lost; these
 * say why it could not be used and where it came from.
 */
public final class DeadLetters {

    public static final String REASON = "meshperf_dlq_reason";
    public static final String CONSUMER = "meshperf_dlq_consumer";
    public static final String SOURCE_TOPIC = "meshperf_dlq_topic";
    public static final String SOURCE_PARTITION = "meshperf_dlq_partition";
    public static final String SOURCE_OFFSET = "meshperf_dlq_offset";

    private DeadLetters() {
    }

    /** The original headers (may be null) followed by where the record came from, why it failed and who said so. */
    public static RecordHeaders headers(Headers original, String topic, int partition, long offset, String reason,
            String consumer) {
        RecordHeaders headers = new RecordHeaders();
        if (original != null) {
            original.forEach(headers::add);
        }
        if (topic != null) {
            headers.add(SOURCE_TOPIC, bytes(topic));
            headers.add(SOURCE_PARTITION, bytes(String.valueOf(partition)));
            headers.add(SOURCE_OFFSET, bytes(String.valueOf(offset)));
        }
        headers.add(REASON, bytes(reason));
        headers.add(CONSUMER, bytes(consumer));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

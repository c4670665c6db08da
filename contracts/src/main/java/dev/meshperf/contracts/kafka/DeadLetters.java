package dev.meshperf.contracts.kafka;

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
}

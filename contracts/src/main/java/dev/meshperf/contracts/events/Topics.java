package dev.meshperf.contracts.events;

/** Kafka topic names shared by every service. Dead-letter topics carry records that could not be read. */
public final class Topics {

    public static final String TEST_REQUESTED = "test.requested";
    public static final String TEST_SAMPLES = "test.samples";
    public static final String TEST_COMPLETED = "test.completed";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final String TEST_REQUESTED_DLQ = TEST_REQUESTED + DEAD_LETTER_SUFFIX;
    public static final String TEST_SAMPLES_DLQ = TEST_SAMPLES + DEAD_LETTER_SUFFIX;
    public static final String TEST_COMPLETED_DLQ = TEST_COMPLETED + DEAD_LETTER_SUFFIX;

    private Topics() {
    }
}

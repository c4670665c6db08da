package dev.meshperf.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event version meshperf publishes: its CloudEvents type, its topic and the record that carries it. A new
 * incompatible version is a new constant (for example {@code TEST_SAMPLES_V2}); see contracts/README.md.
 */
public enum EventType {

    TEST_REQUESTED_V1("dev.meshperf.test.requested.v1", Topics.TEST_REQUESTED, TestRequested.class), TEST_CANCEL_V1(
            "dev.meshperf.test.cancel.v1", Topics.TEST_REQUESTED, TestCancel.class), TEST_SAMPLES_V1(
                    "dev.meshperf.test.samples.v1", Topics.TEST_SAMPLES, TestSample.class), TEST_COMPLETED_V1(
                            "dev.meshperf.test.completed.v1", Topics.TEST_COMPLETED, TestCompleted.class);

    private final String cloudEventType;
    private final String topic;
    private final Class<?> payloadType;

    EventType(String cloudEventType, String topic, Class<?> payloadType) {
        this.cloudEventType = cloudEventType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** The schema file on the classpath that describes this event version. */
    public String schemaResource() {
        String[] parts = cloudEventType.split("\\.");
        String version = parts[parts.length - 1];
        String name = cloudEventType.substring("dev.meshperf.".length(),
                cloudEventType.length() - version.length() - 1);
        return "/schemas/" + version + "/" + name + ".schema.json";
    }

    public static Optional<EventType> ofCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }

    public static EventType forPayload(Object payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.isInstance(payload))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a meshperf event: " + payload.getClass()));
    }
}

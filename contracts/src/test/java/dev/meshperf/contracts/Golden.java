package dev.meshperf.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.meshperf.contracts.events.EventType;

/** The golden sample files of each event version, kept in this module's test jar for every other module's tests. */
public enum Golden {

    TEST_REQUESTED_V1(EventType.TEST_REQUESTED_V1, "/golden/v1/test.requested.json"), TEST_CANCEL_V1(
            EventType.TEST_CANCEL_V1, "/golden/v1/test.cancel.json"), TEST_SAMPLES_V1(
                    EventType.TEST_SAMPLES_V1, "/golden/v1/test.samples.json"), TEST_SAMPLES_FAILURE_V1(
                            EventType.TEST_SAMPLES_V1,
                            "/golden/v1/test.samples.failure.json"), TEST_SAMPLES_HEARTBEAT_V1(
                                    EventType.TEST_SAMPLES_V1,
                                    "/golden/v1/test.samples.heartbeat.json"), TEST_COMPLETED_V1(
                                            EventType.TEST_COMPLETED_V1, "/golden/v1/test.completed.json");

    private final EventType type;
    private final String resource;

    Golden(EventType type, String resource) {
        this.type = type;
        this.resource = resource;
    }

    public EventType type() {
        return type;
    }

    /** Reads the golden file into its record. */
    public Object event() {
        return dev.meshperf.contracts.kafka.EventReader.read(type.topic(), null, bytes(), type);
    }

    public byte[] bytes() {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

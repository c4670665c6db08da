package dev.meshperf.contracts.kafka;

import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.json.JsonErrors;

/**
 * Reads a record of a topic that carries several event types (such as {@code test.requested}, which also carries
 * cancellations), choosing the type by the {@code ce_type} header. A record without that header is read as the
 * topic's main type; a type this reader does not know is refused, never guessed.
 */
public final class EventReader {

    private EventReader() {
    }

    public static Object read(String topic, Headers headers, byte[] value, EventType fallback) {
        String ceType = CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).orElse(null);
        EventType type = ceType == null
                ? fallback
                : EventType.ofCloudEventType(ceType).orElseThrow(
                        () -> new SerializationException("unknown ce_type " + ceType + " on " + topic));
        if (!type.topic().equals(fallback.topic())) {
            throw new SerializationException(type.cloudEventType() + " does not belong on " + topic);
        }
        if (value == null) {
            throw new SerializationException("empty record on " + topic);
        }
        try {
            return EventJson.mapper().readValue(value, type.payloadType());
        } catch (IOException e) {
            throw new SerializationException(
                    "malformed " + type.cloudEventType() + " on " + topic + ": " + JsonErrors.describe(e), e);
        }
    }
}

package dev.meshperf.contracts.kafka;

import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.json.JsonErrors;

/**
 * Reads one event type from JSON. A record whose {@code ce_type} names another meshperf event is refused, so a record
 * on the wrong topic (or a future version this consumer does not know) is not silently misread.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private final EventType eventType;

    protected EventDeserializer(Class<T> type, EventType eventType) {
        this.type = type;
        this.eventType = eventType;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException(
                    "malformed " + eventType.cloudEventType() + " on " + topic + ": " + JsonErrors.describe(e), e);
        }
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).ifPresent(ceType -> {
            if (!ceType.equals(eventType.cloudEventType())) {
                throw new SerializationException(
                        "expected ce_type " + eventType.cloudEventType() + " on " + topic + " but got " + ceType);
            }
        });
        return deserialize(topic, data);
    }
}

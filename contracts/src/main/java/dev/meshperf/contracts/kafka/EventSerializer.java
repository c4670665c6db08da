package dev.meshperf.contracts.kafka;

import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.json.EventJson;

/**
 * Serializes any meshperf event to JSON and, when the record has headers, adds the CloudEvents binary-mode headers.
 * Configure the event source with {@value #SOURCE_CONFIG} (default {@code /meshperf}).
 */
public class EventSerializer implements Serializer<Object> {

    public static final String SOURCE_CONFIG = "meshperf.event.source";

    private String source = "/meshperf";

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get(SOURCE_CONFIG);
        if (configured != null) {
            source = configured.toString();
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data != null && headers != null && headers.lastHeader(CloudEventHeaders.TYPE) == null) {
            CloudEventHeaders.write(headers, EventType.forPayload(data), source, Subjects.of(data));
        }
        return serialize(topic, data);
    }
}

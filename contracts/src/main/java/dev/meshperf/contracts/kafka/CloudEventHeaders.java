package dev.meshperf.contracts.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import dev.meshperf.contracts.events.EventType;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_*} headers and the record
 * value is the event data as JSON.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * Writes the CloudEvents attributes for one event.
     *
     * @param source
     * the publishing service, for example {@code /meshperf/runner-native}
     * @param subject
     * the test id
     */
    public static void write(Headers headers, EventType type, String source, String subject) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, UUID.randomUUID().toString());
        put(headers, SOURCE, source);
        put(headers, TYPE, type.cloudEventType());
        put(headers, TIME, Instant.now().toString());
        if (subject != null) {
            put(headers, SUBJECT, subject);
        }
        put(headers, CONTENT_TYPE, JSON);
    }

    public static Optional<String> read(Headers headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The event type named by the record's {@code ce_type} header, if it names one meshperf knows. */
    public static Optional<EventType> type(Headers headers) {
        return read(headers, TYPE).flatMap(EventType::ofCloudEventType);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

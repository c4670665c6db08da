package dev.meshperf.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.meshperf.contracts.Golden;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.LoadModelType;

class EventDeserializerTest {

    private final TestRequestedDeserializer requested = new TestRequestedDeserializer();

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(Golden.TEST_REQUESTED_V1.bytes());
        json.put("addedInAFutureMinorVersion", 42);
        ((ObjectNode) json.get("spec")).putObject("newNestedThing").put("x", 1);

        TestRequested event = requested.deserialize("t", EventJson.mapper().writeValueAsBytes(json));

        assertThat(event.spec().load().type()).isEqualTo(LoadModelType.CONSTANT);
        assertThat(event.shard().count()).isEqualTo(2);
    }

    @Test
    void aBadEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(Golden.TEST_REQUESTED_V1.bytes());
        ((ObjectNode) json.get("spec").get("load")).put("type", "fast");

        assertThatThrownBy(() -> requested.deserialize("test.requested", EventJson.mapper().writeValueAsBytes(json)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("spec.load.type")
                .hasMessageContaining("max, constant, ramp, steps");
    }

    @Test
    void brokenJsonIsRefusedWithAReason() {
        byte[] garbage = "{\"testId\": ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new TestSampleDeserializer().deserialize("test.samples", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("malformed dev.meshperf.test.samples.v1");
    }

    @Test
    void aRecordOfAnotherEventTypeIsRefused() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, "dev.meshperf.test.completed.v1".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new TestSampleDeserializer().deserialize("test.samples", headers,
                Golden.TEST_SAMPLES_V1.bytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("expected ce_type dev.meshperf.test.samples.v1");
    }

    @Test
    void serializerWritesCloudEventsBinaryHeaders() {
        TestSample sample = new TestSampleDeserializer().deserialize("t", Golden.TEST_SAMPLES_V1.bytes());
        RecordHeaders headers = new RecordHeaders();
        EventSerializer serializer = new EventSerializer();
        serializer.configure(java.util.Map.of(EventSerializer.SOURCE_CONFIG, "/meshperf/runner-native"), false);

        serializer.serialize("test.samples", headers, sample);

        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.SPEC_VERSION)).contains("1.0");
        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.TYPE)).contains("dev.meshperf.test.samples.v1");
        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.SOURCE)).contains("/meshperf/runner-native");
        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT)).contains(sample.testId());
        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.CONTENT_TYPE)).contains("application/json");
        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.ID)).isPresent();
    }
}

package dev.meshperf.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Set;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.kafka.CloudEventHeaders;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;

/** Every golden file must stay readable, match its schema, and survive a write-read round trip unchanged. */
class GoldenSamplesTest {

    /** Numbers compare by value, so 3 and 3.0 or an int and a long are the same. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a instanceof NumericNode x && b instanceof NumericNode y) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    @ParameterizedTest
    @EnumSource(Golden.class)
    void goldenFileMatchesItsSchema(Golden golden) throws IOException {
        Set<ValidationMessage> errors = schema(golden.type()).validate(EventJson.mapper().readTree(golden.bytes()));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void goldenFileSurvivesARoundTrip(Golden golden) throws IOException {
        Object event = golden.event();
        assertThat(event).isInstanceOf(golden.type().payloadType());

        RecordHeaders headers = new RecordHeaders();
        byte[] written = new EventSerializer().serialize("t", headers, event);

        JsonNode original = EventJson.mapper().readTree(golden.bytes());
        JsonNode again = EventJson.mapper().readTree(written);
        assertThat(again.equals(BY_VALUE, original)).as("re-written JSON:\n%s", again.toPrettyString()).isTrue();
        assertThat(schema(golden.type()).validate(again)).isEmpty();
        assertThat(CloudEventHeaders.type(headers)).contains(golden.type());
        assertThat(EventReader.read(golden.type().topic(), headers, written, golden.type())).isEqualTo(event);
    }

    static JsonSchema schema(EventType type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

}

package dev.meshperf.contracts.spec;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Durations as people write them ({@code 30s}, {@code 1m30s}, {@code 500ms}, or ISO-8601) in documents people edit:
 * profiles, their YAML, the REST API. Events keep ISO-8601 (see {@code EventJson}).
 */
public final class HumanDurationModule extends SimpleModule {

    public HumanDurationModule() {
        super("meshperf-human-durations");
        addSerializer(Duration.class, new JsonSerializer<>() {

            @Override
            public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(HumanDuration.format(value));
            }
        });
        addDeserializer(Duration.class, new JsonDeserializer<>() {

            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Duration) ctx.handleUnexpectedToken(Duration.class, p);
                }
                try {
                    return HumanDuration.parse(p.getText());
                } catch (IllegalArgumentException e) {
                    throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, e.getMessage(),
                            p.getText(), Duration.class);
                }
            }
        });
    }
}

package dev.meshperf.gateway.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.meshperf.contracts.spec.HumanDurationModule;

/**
 * Durations as people write them ({@code 30s}), as every service writes them in the API (a profile's, the load model
 * of a result) and as the OpenAPI document says. Unknown fields in what callers send are refused by configuration
 * ({@code quarkus.jackson.fail-on-unknown-properties}), as the services refuse them; the typed clients read the
 * services' answers tolerantly ({@code TypedClients}).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, which register the ISO-8601 java.time module this one overrides. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new HumanDurationModule());
    }
}

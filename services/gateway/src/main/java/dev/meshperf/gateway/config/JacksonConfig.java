package dev.meshperf.gateway.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.meshperf.contracts.spec.HumanDurationModule;

/**
 * The gateway reads and writes profiles as the profile service does: durations as people write them ({@code 30s}).
 * No other answer of the API carries a duration. Unknown fields are refused by configuration
 * ({@code quarkus.jackson.fail-on-unknown-properties}), as the services refuse them.
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

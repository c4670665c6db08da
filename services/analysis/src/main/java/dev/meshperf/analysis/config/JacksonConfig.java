package dev.meshperf.analysis.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.meshperf.contracts.spec.HumanDurationModule;

/**
 * The API writes durations as people write them ({@code 30s}), here (a result's load model) as in profiles, and as
 * the OpenAPI document says. Stored results and events keep ISO-8601 ({@code EventJson}).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, which register the java.time module this one overrides. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new HumanDurationModule());
    }
}

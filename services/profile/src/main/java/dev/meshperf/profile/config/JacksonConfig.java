package dev.meshperf.profile.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.meshperf.contracts.spec.HumanDurationModule;

/** The REST layer reads and writes profiles as {@link dev.meshperf.profile.service.Documents} does. */
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
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

package dev.meshperf.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.meshperf.contracts.spec.HumanDurationModule;

/**
 * The JSON of the public API, the same in every service that serves a part of it: durations as people write them
 * ({@code 30s}, as the OpenAPI document says; events and stored results keep ISO-8601), and a field a caller misspelt
 * is an error (400 naming it), not silently ignored. A typed REST client reads another service's answer with
 * {@link #tolerant}.
 */
@Singleton
public class ApiJson implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, which register the java.time module this one overrides for durations. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new HumanDurationModule());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The same mapping for reading another service's answers (a REST client's {@code @ClientObjectMapper}): a field a
     * newer service adds is skipped rather than failing the call.
     */
    public static ObjectMapper tolerant(ObjectMapper api) {
        return api.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

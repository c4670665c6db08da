package dev.meshperf.gateway.client;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * The JSON mapper of the typed REST clients: the gateway's own (which refuses unknown fields in what callers send),
 * except that a field a newer service adds to its answer is skipped rather than failing the call.
 */
public class TolerantJson implements ContextResolver<ObjectMapper> {

    private static volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper tolerant = mapper;
        if (tolerant == null) {
            tolerant = Arc.container().instance(ObjectMapper.class).get().copy()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            mapper = tolerant;
        }
        return tolerant;
    }
}

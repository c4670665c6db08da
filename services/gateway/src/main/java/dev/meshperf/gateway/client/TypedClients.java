package dev.meshperf.gateway.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the typed REST clients share: the gateway's own JSON mapping (the services' mapping, unknown fields refused in
 * what callers send), except that a field a newer service adds to its answer is skipped rather than failing the call.
 */
final class TypedClients {

    private TypedClients() {
    }

    static ObjectMapper tolerant(ObjectMapper gateway) {
        return gateway.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

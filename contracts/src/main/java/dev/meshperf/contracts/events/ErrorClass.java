package dev.meshperf.contracts.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a request failed without a usable response. */
public enum ErrorClass {

    CONNECT_REFUSED, CONNECT_TIMEOUT, DNS, RESET, TIMEOUT, TLS, PROTOCOL, OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

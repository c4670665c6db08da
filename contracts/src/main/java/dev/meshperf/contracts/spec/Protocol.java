package dev.meshperf.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The protocol a test speaks. HTTP2 is HTTP/2 over TLS with ALPN; H2C is cleartext HTTP/2 with prior knowledge. */
public enum Protocol {

    HTTP1, HTTP2, H2C, GRPC, TCP;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static Protocol fromWire(String value) {
        return WireEnums.parse(Protocol.class, value);
    }
}

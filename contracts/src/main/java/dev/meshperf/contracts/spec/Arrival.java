package dev.meshperf.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the intended send times of an open-loop model are spaced. */
public enum Arrival {

    UNIFORM, POISSON;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static Arrival fromWire(String value) {
        return WireEnums.parse(Arrival.class, value);
    }
}

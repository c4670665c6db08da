package dev.meshperf.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How requests are paced: MAX is a closed loop, the others an open loop at a rate. */
public enum LoadModelType {

    MAX, CONSTANT, RAMP, STEPS;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static LoadModelType fromWire(String value) {
        return WireEnums.parse(LoadModelType.class, value);
    }
}

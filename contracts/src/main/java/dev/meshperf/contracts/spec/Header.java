package dev.meshperf.contracts.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One request header; a list of them keeps order and allows repeated names.
 *
 * @param secret
 * the value is a credential: stored sealed and never shown (Authorization, Cookie and API-key headers are secret
 * whether marked or not); optional, absent means not marked
 */
public record Header(String name, String value, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean secret) {

    public Header(String name, String value) {
        this(name, value, null);
    }
}

package dev.meshperf.contracts.validation;

/** One problem with an input: the JSON path of the field and why it is wrong. */
public record Violation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}

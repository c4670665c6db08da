package dev.meshperf.contracts.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects violations under a path prefix. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String reason) {
        found.add(new Violation(field, reason));
    }

    boolean require(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void atMostChars(String value, int limit, String field) {
        FieldLimits.check(value, limit, field, found);
    }

    void positive(Number value, String field) {
        if (value != null && value.doubleValue() <= 0) {
            add(field, "must be greater than 0, was " + value);
        }
    }

    void notNegative(Number value, String field) {
        if (value != null && value.doubleValue() < 0) {
            add(field, "must not be negative, was " + value);
        }
    }

    void atMost(Number value, double max, String field) {
        if (value != null && value.doubleValue() > max) {
            add(field, "must be at most " + (max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max))
                    + ", was " + value);
        }
    }

    List<Violation> list() {
        return List.copyOf(found);
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}

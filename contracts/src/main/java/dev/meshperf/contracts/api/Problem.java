package dev.meshperf.contracts.api;

import java.util.List;

import dev.meshperf.contracts.validation.Violation;

/**
 * An RFC 7807 problem body. {@code field} names the input at fault when there is one; {@code errors} lists every
 * field at fault when there are several.
 */
public record Problem(String type, String title, int status, String detail, String field, List<Violation> errors) {

    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field, null);
    }
}

package dev.meshperf.analysis.api;

/** An RFC 7807 problem body; {@code field} names the input at fault, when there is one. */
public record Problem(String type, String title, int status, String detail, String field) {

    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field);
    }
}

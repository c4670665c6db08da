package dev.meshperf.contracts.events;

/** Machine-readable reason a shard failed. Consumers treat an unknown code as {@link #OTHER}. */
public enum FailureCode {
    /** The spec is invalid: a field names the problem. */
    INVALID_SPEC,
    /** The spec asks for more than the runner's configured limits allow, or a host outside its allow-list. */
    LIMIT_EXCEEDED,
    /** The generator cannot do what was asked (for example HTTP/2 on wrk). */
    UNSUPPORTED,
    /** The generator's binary or service is not available. */
    GENERATOR_UNAVAILABLE,
    /** The target could not be reached at all. */
    TARGET_UNREACHABLE,
    /** The test was cancelled. */
    CANCELLED, OTHER
}

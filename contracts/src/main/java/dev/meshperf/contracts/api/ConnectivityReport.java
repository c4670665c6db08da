package dev.meshperf.contracts.api;

/**
 * The result of testing a connection: whether it answered, its version ({@code /api/v1/status/buildinfo}) and the
 * round trip, or why it failed.
 */
public record ConnectivityReport(boolean reachable, String version, Long roundTripMs, String error) {
}

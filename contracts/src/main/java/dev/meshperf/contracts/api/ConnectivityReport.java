package dev.meshperf.contracts.api;

/**
 * The result of testing a connection: whether it answered, its version (Prometheus {@code /api/v1/status/buildinfo},
 * Grafana {@code /api/health}) and the round trip, or why it failed.
 *
 * @param organization
 * Grafana's organization of the key ({@code /api/org}); null for Prometheus
 */
public record ConnectivityReport(boolean reachable, String version, Long roundTripMs, String error,
        String organization) {

    public ConnectivityReport(boolean reachable, String version, Long roundTripMs, String error) {
        this(reachable, version, roundTripMs, error, null);
    }
}

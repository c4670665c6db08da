package dev.meshperf.contracts.api;

/**
 * A Prometheus query a profile declares for its runs' context, evaluated over each run's window on every
 * Prometheus connection beside the query packs.
 */
public record MetricQuery(String name, String query) {
}

package dev.meshperf.contracts.api;

import java.time.Instant;

/**
 * A Grafana whose boards' panels are evaluated over each run's window. Sent to create or replace one; returned
 * without its key (only {@code hasApiKey}).
 *
 * @param apiKey
 * a service account token or API key (sent as Bearer), or {@code user:password} (sent as Basic): write-only, stored
 * encrypted, never returned or logged
 * @param prometheusDatasourceUid
 * the Prometheus data source to query when a panel names its data source through a variable; absent means
 * Grafana's default Prometheus data source
 */
public record GrafanaConnection(
        String id,
        String name,
        String url,
        String apiKey,
        Boolean hasApiKey,
        String prometheusDatasourceUid,
        Long version,
        Instant createdAt,
        Instant updatedAt) {
}

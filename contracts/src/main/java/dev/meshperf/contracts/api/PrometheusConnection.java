package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * A Prometheus the metrics collector queries for each run's context. Sent to create or replace one; returned without
 * its secret (only {@code hasSecret}).
 *
 * @param auth
 * {@code none} (default), {@code basic} (username and secret) or {@code bearer} (secret)
 * @param secret
 * the basic password or bearer token: write-only, stored encrypted, never returned or logged
 * @param packs
 * the query packs run for each test (nodes, containers, istio, linkerd, envoy, meshperf); absent means all
 */
public record PrometheusConnection(
        String id,
        String name,
        String url,
        String auth,
        String username,
        String secret,
        Boolean hasSecret,
        List<String> packs,
        Long version,
        Instant createdAt,
        Instant updatedAt) {
}

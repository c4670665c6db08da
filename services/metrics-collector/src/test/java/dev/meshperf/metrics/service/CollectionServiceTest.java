package dev.meshperf.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CollectionServiceTest {

    @Test
    void theStepKeepsSeriesUnderTheMostPoints() {
        Instant from = Instant.parse("2026-12-03T10:00:00Z");

        assertThat(CollectionService.step(from, from.plusSeconds(90), 240)).isEqualTo(1);
        assertThat(CollectionService.step(from, from.plusSeconds(3600), 240)).isEqualTo(15);
        assertThat(CollectionService.step(from, from.plusSeconds(3601), 240)).isEqualTo(16);
        assertThat(CollectionService.step(from, from, 240)).isEqualTo(1);
    }

    @Test
    void packsHaveTodaysMetricNames() {
        assertThat(QueryPacks.names()).containsExactly("nodes", "containers", "istio", "linkerd", "envoy",
                "meshperf");
        assertThat(QueryPacks.of(java.util.List.of("istio"))).extracting(QueryPacks.Query::promql)
                .anyMatch(q -> q.contains("istio_requests_total"))
                .anyMatch(q -> q.contains("istio_request_duration_milliseconds_bucket"))
                .anyMatch(q -> q.contains("pilot_"));
        assertThat(QueryPacks.of(null)).hasSizeGreaterThan(15);
    }
}

package dev.meshperf.metrics.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries run for each test, by pack, with today's metric names: node-exporter (nodes), cAdvisor (containers),
 * Istio (standard metrics and istiod's pilot_*), Linkerd (proxy metrics), Envoy, and meshperf's own services.
 */
public final class QueryPacks {

    /** One named PromQL query. */
    public record Query(String pack, String name, String promql) {
    }

    private static final Map<String, List<Query>> PACKS = new LinkedHashMap<>();

    static {
        pack("nodes",
                "cpu_percent", "100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[1m])))",
                "memory_available_bytes", "node_memory_MemAvailable_bytes",
                "network_receive_bytes_per_second",
                "sum by (instance) (rate(node_network_receive_bytes_total{device!=\"lo\"}[1m]))",
                "network_transmit_bytes_per_second",
                "sum by (instance) (rate(node_network_transmit_bytes_total{device!=\"lo\"}[1m]))");
        pack("containers",
                "cpu_cores", "sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{container!=\"\"}[1m]))",
                "memory_working_set_bytes",
                "sum by (namespace, pod) (container_memory_working_set_bytes{container!=\"\"})",
                "cpu_throttled_seconds",
                "sum by (namespace, pod) (rate(container_cpu_cfs_throttled_seconds_total[1m]))");
        pack("istio",
                "requests_per_second", "sum by (destination_service) (rate(istio_requests_total[1m]))",
                "latency_p99_ms", "histogram_quantile(0.99, sum by (le, destination_service) "
                        + "(rate(istio_request_duration_milliseconds_bucket[1m])))",
                "error_responses_per_second",
                "sum by (destination_service) (rate(istio_requests_total{response_code=~\"5..\"}[1m]))",
                "pilot_xds_pushes_per_second", "sum by (type) (rate(pilot_xds_pushes[1m]))",
                "pilot_proxy_convergence_p99_seconds",
                "histogram_quantile(0.99, sum by (le) (rate(pilot_proxy_convergence_time_bucket[1m])))");
        pack("linkerd",
                "requests_per_second", "sum by (deployment) (rate(request_total{direction=\"inbound\"}[1m]))",
                "latency_p99_ms", "histogram_quantile(0.99, sum by (le, deployment) "
                        + "(rate(response_latency_ms_bucket{direction=\"inbound\"}[1m])))");
        pack("envoy",
                "upstream_requests_per_second",
                "sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_total[1m]))",
                "upstream_active_connections", "sum by (envoy_cluster_name) (envoy_cluster_upstream_cx_active)",
                "upstream_5xx_per_second",
                "sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"5\"}[1m]))");
        pack("meshperf",
                "up", "up",
                "http_requests_per_second", "sum by (job) (rate(http_server_requests_seconds_count[1m]))",
                "runner_requests_per_second", "sum by (job) (rate(meshperf_runner_requests_total[1m]))");
    }

    private QueryPacks() {
    }

    private static void pack(String pack, String... namesAndQueries) {
        List<Query> queries = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndQueries.length; i += 2) {
            queries.add(new Query(pack, namesAndQueries[i], namesAndQueries[i + 1]));
        }
        PACKS.put(pack, List.copyOf(queries));
    }

    public static List<String> names() {
        return List.copyOf(PACKS.keySet());
    }

    /** The queries of the given packs, in pack order; null or empty means every pack. */
    public static List<Query> of(List<String> packs) {
        List<String> chosen = packs == null || packs.isEmpty() ? names() : packs;
        return chosen.stream().filter(PACKS::containsKey).flatMap(p -> PACKS.get(p).stream()).toList();
    }
}

package dev.meshperf.results;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.Summary;

/**
 * A run as an SMP {@code PerformanceTestResult} (service-mesh-performance
 * {@code protos/service_mesh_performance.proto},
 * snake_case field names as in the YAML Meshery exports), with every field filled from the run instead of Meshery's
 * placeholders. The fields SMP has no room for (p75, p95, p99.9, errors, status codes) are kept under {@code labels}
 * so that nothing the run measured is silently lost.
 */
public final class SmpResultExport {

    public static final String SMP_VERSION = "v0.0.1";

    private SmpResultExport() {
    }

    /** The run; {@code profileId} becomes SMP's {@code test_id} (the test configuration), when there is one. */
    public static Map<String, Object> of(String testId, String profileId, Map<String, String> runLabels,
            Instant start, Instant end, String detailsUri, Summary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("smp_version", SMP_VERSION);
        out.put("id", testId);
        Map<String, String> labels = new LinkedHashMap<>(runLabels == null ? Map.of() : runLabels);
        out.put("labels", labels);
        out.put("start_time", start == null ? null : start.toString());
        out.put("end_time", end == null ? null : end.toString());
        if (summary != null) {
            LatencyStats l = summary.latencyMs();
            Map<String, Object> latencies = new LinkedHashMap<>();
            latencies.put("min", l == null ? 0 : l.min());
            latencies.put("average", l == null ? 0 : l.mean());
            latencies.put("p50", l == null ? 0 : l.p50());
            latencies.put("p90", l == null ? 0 : l.p90());
            latencies.put("p99", l == null ? 0 : l.p99());
            latencies.put("max", l == null ? 0 : l.max());
            out.put("latencies_ms", latencies);
            out.put("actual_qps", summary.actualRps());
            labels.put("meshperf.requests", Long.toString(summary.requests()));
            labels.put("meshperf.errors", Long.toString(summary.errors()));
            if (l != null) {
                labels.put("meshperf.latency_ms.p75", Double.toString(l.p75()));
                labels.put("meshperf.latency_ms.p95", Double.toString(l.p95()));
                labels.put("meshperf.latency_ms.p999", Double.toString(l.p999()));
            }
            if (summary.statusCodes() != null) {
                summary.statusCodes().forEach((code, n) -> labels.put("meshperf.status." + code, Long.toString(n)));
            }
        }
        out.put("details_uri", detailsUri);
        out.put("test_id", profileId);
        return out;
    }
}

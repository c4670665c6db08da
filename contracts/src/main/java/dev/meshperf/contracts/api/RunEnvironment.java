package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the cluster and the mesh were doing during a test, as the metrics collector stored it.
 *
 * @param status
 * {@code PENDING} (the test runs, or its context is being collected), {@code COLLECTED}, or {@code NONE} when no
 * Prometheus is connected
 * @param from
 * start of the queried window: the test's start minus the margin
 * @param stepSeconds
 * resolution of the stored series, chosen from the window's length
 * @param kubernetes
 * the cluster at the test's start and end; null when no cluster is configured
 * @param timeline
 * what happened to the targets and their configuration inside the window (restarts, scaling, autoscaling, policy
 * changes, node pressure), in time order; empty without a Kubernetes context
 */
public record RunEnvironment(
        String testId,
        String status,
        Instant from,
        Instant to,
        Long stepSeconds,
        List<Metric> metrics,
        KubernetesContext kubernetes,
        List<TimelineEvent> timeline) {

    /**
     * One query's answer from one connection: its series, or the error (unreachable, invalid PromQL, too large, slow).
     */
    @Schema(name = "EnvironmentMetric")
    public record Metric(String connection, String pack, String name, String query, List<Series> series,
            String error) {
    }

    /** One series: its labels and [epoch seconds, value] points. */
    public record Series(Map<String, String> labels, List<double[]> points) {
    }
}

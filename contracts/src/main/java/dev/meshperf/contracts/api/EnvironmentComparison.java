package dev.meshperf.contracts.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What changed in the system between runs ({@code GET /api/environment/compare?ids=a,b}): for each run after the
 * first, the differences from the first that can move latency, in the order of {@link #CATEGORIES}, each with its
 * value before (the first run) and after (this run).
 *
 * @param error
 * why there is no comparison, when the metrics collector could not answer the gateway (then the rest is absent)
 */
public record EnvironmentComparison(@JsonInclude(JsonInclude.Include.NON_NULL) List<String> testIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Run> runs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    /** No comparison, only why: written as {@code {"error": "..."}}. */
    public static EnvironmentComparison unavailable(String why) {
        return new EnvironmentComparison(null, null, why);
    }

    /**
     * The categories in the order differences are listed: the mesh and its version; the mTLS mode; retry, timeout
     * and circuit-breaker policy; other mesh policy (authorization, sidecar scope, Envoy filters, telemetry,
     * Linkerd servers); target image versions; replicas, resources, autoscalers and nodes; what happened during the
     * window (restarts, scaling, node pressure, policy changes); the load generator and its settings; the profile.
     */
    public static final List<String> CATEGORIES = List.of("mesh", "mtls", "traffic-policy", "policy", "images",
            "capacity", "during-run", "generator", "profile");

    /**
     * One run against the first.
     *
     * @param notes
     * what could not be compared and why (no Kubernetes context stored, a kind forbidden in one run, …)
     */
    public record Run(String testId, String against, List<Difference> differences, List<String> notes) {
    }

    /**
     * One difference.
     *
     * @param category
     * one of {@link #CATEGORIES}
     * @param subject
     * what differs: {@code PeerAuthentication istio-system/default}, {@code deployment shop/checkout}, {@code run}
     * @param field
     * the field or aspect: {@code mtls.mode}, {@code replicas}, {@code generator}
     * @param before
     * the value in the first run; null when absent there
     * @param after
     * the value in this run; null when absent here
     * @param description
     * the difference in words: {@code mTLS mode PERMISSIVE → STRICT (PeerAuthentication istio-system/default,
     * mesh-wide)}
     */
    public record Difference(String category, String subject, String field, String before, String after,
            String description) {
    }
}

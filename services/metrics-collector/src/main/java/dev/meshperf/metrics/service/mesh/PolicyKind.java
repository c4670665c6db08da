package dev.meshperf.metrics.service.mesh;

import java.util.List;

/**
 * A kind of configuration that shapes a run's traffic: where the API server serves it, how an object of it is matched
 * to the run's targets, its category in a comparison and the fields kept of it.
 *
 * @param versions
 * the versions meshperf reads, preferred first; the first the cluster serves is used
 * @param builtIn
 * served by every cluster (no discovery needed)
 */
public record PolicyKind(String kind, String group, List<String> versions, String plural, boolean builtIn,
        Match match, String category, FieldSelection fields) {

    /** How an object of the kind is matched to the run's targets. */
    public enum Match {
        /** Istio: a workload selector or target refs; the root namespace without a selector is mesh-wide. */
        WORKLOAD,
        /** Istio: the hosts it names (VirtualService {@code hosts}, DestinationRule {@code host}). */
        HOSTS,
        /** Linkerd Server: a pod selector in its namespace. */
        SERVER,
        /** Linkerd ServerAuthorization: the Servers it names or selects. */
        SERVER_AUTHORIZATION,
        /** Linkerd AuthorizationPolicy: its target ref (a Server, a route or the namespace). */
        AUTHORIZATION_TARGET,
        /** Linkerd ServiceProfile: named after the Service's cluster name. */
        SERVICE_PROFILE,
        /** HTTPRoute, GRPCRoute: hostnames, a Service parent, or a Service backend. */
        ROUTE,
        /** HorizontalPodAutoscaler: the Deployment it scales. */
        AUTOSCALER
    }

    /** {@code PeerAuthentication.security.istio.io}: unique where the kind alone is not (HTTPRoute). */
    public String qualifiedName() {
        return group.isEmpty() ? kind : kind + "." + group;
    }
}

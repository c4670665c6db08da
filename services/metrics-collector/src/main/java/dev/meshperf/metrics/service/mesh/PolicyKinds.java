package dev.meshperf.metrics.service.mesh;

import static dev.meshperf.metrics.service.mesh.FieldSelection.keep;

import java.util.List;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.metrics.service.mesh.PolicyKind.Match;

/**
 * Every kind the collector reads for a run's policies, with the fields kept of each. The chart's ClusterRole for the
 * metrics collector grants get and list on exactly these (and events); docs/environment.md says why each matters.
 */
public final class PolicyKinds {

    static final String MTLS = "mtls";
    static final String TRAFFIC = "traffic-policy";
    static final String POLICY = "policy";
    static final String CAPACITY = "capacity";

    private static final String ISTIO_SECURITY = "security.istio.io";
    private static final String ISTIO_NETWORKING = "networking.istio.io";
    private static final String LINKERD_POLICY = "policy.linkerd.io";
    private static final String GATEWAY = "gateway.networking.k8s.io";
    private static final List<String> ISTIO_NETWORKING_VERSIONS = List.of("v1", "v1beta1", "v1alpha3");
    private static final String[] LINKERD_ROUTE_ANNOTATIONS = {"retry.linkerd.io/", "timeout.linkerd.io/"};

    /** Route fields of Gateway API and Linkerd: timeouts, retries, backends and their weights. */
    private static final FieldSelection ROUTE_FIELDS = keep("spec.parentRefs", "spec.hostnames", "spec.rules[].name",
            "spec.rules[].timeouts", "spec.rules[].retry", "spec.rules[].backendRefs",
            "spec.rules[].sessionPersistence")
            .digest("spec.rules[].matches", "spec.rules[].filters").annotations(LINKERD_ROUTE_ANNOTATIONS);

    /** A target's own Service: Linkerd's retry and timeout annotations. */
    public static final FieldSelection SERVICE_FIELDS = keep().annotations(LINKERD_ROUTE_ANNOTATIONS);

    public static final List<PolicyKind> ALL = List.of(
            new PolicyKind("PeerAuthentication", ISTIO_SECURITY, List.of("v1", "v1beta1"), "peerauthentications",
                    false, Match.WORKLOAD, MTLS, keep("spec.selector", "spec.mtls", "spec.portLevelMtls")),
            new PolicyKind("DestinationRule", ISTIO_NETWORKING, ISTIO_NETWORKING_VERSIONS, "destinationrules", false,
                    Match.HOSTS, TRAFFIC, keep("spec.host", "spec.trafficPolicy", "spec.subsets[].name",
                            "spec.subsets[].labels", "spec.subsets[].trafficPolicy", "spec.exportTo",
                            "spec.workloadSelector")),
            new PolicyKind("VirtualService", ISTIO_NETWORKING, ISTIO_NETWORKING_VERSIONS, "virtualservices", false,
                    Match.HOSTS, TRAFFIC, keep("spec.hosts", "spec.gateways", "spec.http[].name", "spec.http[].timeout",
                            "spec.http[].retries", "spec.http[].fault", "spec.http[].mirrorPercentage",
                            "spec.http[].route[].destination", "spec.http[].route[].weight", "spec.tcp[].route",
                            "spec.tls[].route").digest("spec.http[].match")),
            new PolicyKind("Sidecar", ISTIO_NETWORKING, ISTIO_NETWORKING_VERSIONS, "sidecars", false, Match.WORKLOAD,
                    POLICY, keep("spec.workloadSelector", "spec.outboundTrafficPolicy", "spec.egress", "spec.ingress",
                            "spec.inboundConnectionPool")),
            new PolicyKind("EnvoyFilter", ISTIO_NETWORKING, List.of("v1alpha3"), "envoyfilters", false,
                    Match.WORKLOAD, POLICY, keep("spec.workloadSelector", "spec.targetRefs", "spec.priority",
                            "spec.configPatches[].applyTo", "spec.configPatches[].patch.operation")
                            .digest("spec.configPatches[].match", "spec.configPatches[].patch.value")),
            new PolicyKind("AuthorizationPolicy", ISTIO_SECURITY, List.of("v1", "v1beta1"), "authorizationpolicies",
                    false, Match.WORKLOAD, POLICY, keep("spec.selector", "spec.targetRef", "spec.targetRefs",
                            "spec.action", "spec.provider").digest("spec.rules")),
            new PolicyKind("Telemetry", "telemetry.istio.io", List.of("v1", "v1alpha1"), "telemetries", false,
                    Match.WORKLOAD, POLICY, keep("spec.selector", "spec.targetRef", "spec.targetRefs",
                            "spec.tracing", "spec.accessLogging").digest("spec.metrics")),
            new PolicyKind("Server", LINKERD_POLICY, List.of("v1beta3", "v1beta2", "v1beta1"), "servers", false,
                    Match.SERVER, POLICY, keep("spec.podSelector", "spec.port", "spec.proxyProtocol",
                            "spec.accessPolicy")),
            new PolicyKind("ServerAuthorization", LINKERD_POLICY, List.of("v1beta1"), "serverauthorizations", false,
                    Match.SERVER_AUTHORIZATION, POLICY, keep("spec.server", "spec.client.unauthenticated",
                            "spec.client.networks").digest("spec.client.meshTLS")),
            new PolicyKind("AuthorizationPolicy", LINKERD_POLICY, List.of("v1alpha1"), "authorizationpolicies", false,
                    Match.AUTHORIZATION_TARGET, POLICY, keep("spec.targetRef", "spec.requiredAuthenticationRefs")),
            new PolicyKind("HTTPRoute", LINKERD_POLICY, List.of("v1beta3", "v1beta2", "v1beta1"), "httproutes", false,
                    Match.ROUTE, TRAFFIC, ROUTE_FIELDS),
            new PolicyKind("ServiceProfile", "linkerd.io", List.of("v1alpha2"), "serviceprofiles", false,
                    Match.SERVICE_PROFILE, TRAFFIC, keep("spec.retryBudget", "spec.routes[].name",
                            "spec.routes[].isRetryable", "spec.routes[].timeout", "spec.opaquePorts")),
            new PolicyKind("HTTPRoute", GATEWAY, List.of("v1", "v1beta1"), "httproutes", false, Match.ROUTE, TRAFFIC,
                    ROUTE_FIELDS),
            new PolicyKind("GRPCRoute", GATEWAY, List.of("v1", "v1alpha2"), "grpcroutes", false, Match.ROUTE, TRAFFIC,
                    ROUTE_FIELDS),
            new PolicyKind("HorizontalPodAutoscaler", "autoscaling", List.of("v2"), "horizontalpodautoscalers", true,
                    Match.AUTOSCALER, CAPACITY, keep("spec.scaleTargetRef", "spec.minReplicas", "spec.maxReplicas",
                            "spec.metrics", "spec.behavior")));

    private PolicyKinds() {
    }

    /**
     * Whether a snapshot could have held the policy: its kind was read there, or is not installed there (a kind
     * forbidden or failed in one snapshot makes its objects unknown, not added or removed); a target's Service is
     * always read.
     */
    public static boolean readIn(KubernetesSnapshot s, MeshPolicy p) {
        PolicyKind kind = of(p.kind(), p.apiVersion());
        return kind == null || (s.policyReads() != null && s.policyReads().stream().anyMatch(r -> r.kind().equals(
                kind.kind()) && r.group().equals(kind.group())
                && (r.status().equals(PolicyRead.READ) || r.status()
                        .equals(PolicyRead.NOT_INSTALLED))));
    }

    /** The kind of a stored policy ({@code kind}, {@code group/version}); null for a target's Service. */
    public static PolicyKind of(String kind, String apiVersion) {
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return ALL.stream().filter(k -> k.kind().equals(kind) && k.group().equals(group)).findFirst().orElse(null);
    }
}

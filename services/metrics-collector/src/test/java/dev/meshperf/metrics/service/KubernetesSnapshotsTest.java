package dev.meshperf.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.contracts.api.RunTarget;
import dev.meshperf.metrics.testserver.MeshCluster;

/**
 * The policies in effect for a run's targets, read through the Fabric8 client from Fabric8's <b>mock</b> API server
 * in CRUD mode (no cluster can run here) holding CRD-shaped Istio, Linkerd and Gateway API objects: the fields kept,
 * which objects apply to the target and how, kinds not installed skipped, a forbidden kind recorded as such.
 */
class KubernetesSnapshotsTest {

    private static MeshCluster cluster;

    @BeforeAll
    static void start() {
        cluster = MeshCluster.start();
        cluster.forbid("/apis/telemetry.istio.io/v1/telemetries");
        for (String ns : List.of("default", "istio-system", "linkerd")) {
            cluster.forbid("/apis/telemetry.istio.io/v1/namespaces/" + ns + "/telemetries");
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static KubernetesSnapshot take(String... hosts) {
        return KubernetesSnapshots.take(cluster.client(), List.of("default"), List.of(hosts), null, "cluster.local");
    }

    private static Map<String, MeshPolicy> byTitle(KubernetesSnapshot s) {
        return s.policies().stream().collect(Collectors.toMap(p -> p.title() + " " + p.apiVersion(), Function
                .identity()));
    }

    @Test
    void theTargetIsResolvedToItsServicePodsAndDeployment() {
        KubernetesSnapshot s = take("checkout.default:8080");

        assertThat(s.targets()).containsExactly(new RunTarget("checkout.default", 8080, "default", "checkout",
                Map.of("app", "checkout"), List.of("default/checkout-1"), List.of("default/checkout")));
        KubernetesSnapshot.Pod pod = s.pods().get(0);
        assertThat(pod.labels()).containsEntry("app", "checkout");
        assertThat(pod.node()).isEqualTo("node-1");
        assertThat(pod.containers()).extracting(KubernetesSnapshot.Container::name).containsExactly("app",
                "istio-proxy");
        KubernetesSnapshot.Container app = pod.containers().get(0);
        assertThat(List.of(app.cpuRequest(), app.cpuLimit(), app.memoryLimit())).containsExactly("250m", "1",
                "512Mi");
        assertThat(app.proxyConcurrency()).isNull();
        assertThat(pod.containers().get(1).proxyConcurrency()).isEqualTo(2);
        assertThat(pod.containers().get(1).cpuLimit()).isEqualTo("2");

        assertThat(take("checkout").targets().get(0).service()).isEqualTo("checkout");
        assertThat(take("checkout.default.svc.cluster.local").targets().get(0).pods()).containsExactly(
                "default/checkout-1");
        assertThat(take("10.96.0.42").targets().get(0).service()).isEqualTo("checkout");
    }

    @Test
    void istioPoliciesKeepTheirTrafficFieldsAndSayHowTheyApply() {
        Map<String, MeshPolicy> p = byTitle(take("checkout.default:8080"));

        MeshPolicy peer = p.get("PeerAuthentication istio-system/default security.istio.io/v1");
        assertThat(peer.fields()).containsExactly(Map.entry("mtls.mode", "PERMISSIVE"));
        assertThat(peer.scope()).isEqualTo("mesh-wide");
        assertThat(peer.appliesTo()).containsExactly("checkout.default");
        assertThat(peer.generation()).isEqualTo(1L);
        assertThat(p).doesNotContainKey("PeerAuthentication default/payments-strict security.istio.io/v1");

        MeshPolicy rule = p.get("DestinationRule default/checkout networking.istio.io/v1");
        assertThat(rule.fields()).containsEntry("host", "checkout")
                .containsEntry("trafficPolicy.connectionPool.http.http1MaxPendingRequests", "64")
                .containsEntry("trafficPolicy.connectionPool.tcp.maxConnections", "100")
                .containsEntry("trafficPolicy.outlierDetection.consecutive5xxErrors", "5")
                .containsEntry("trafficPolicy.tls.mode", "ISTIO_MUTUAL");
        assertThat(rule.scope()).isEqualTo("host checkout");

        MeshPolicy routes = p.get("VirtualService default/checkout networking.istio.io/v1");
        assertThat(routes.fields()).containsEntry("hosts", "[checkout]").containsEntry("http[0].timeout", "10s")
                .containsEntry("http[0].retries.attempts", "3").containsEntry("http[0].retries.perTryTimeout", "2s")
                .containsEntry("http[0].retries.retryOn", "5xx,reset")
                .containsEntry("http[0].route[0].destination.port.number", "8080");
        assertThat(routes.fields().get("http[0].match")).startsWith("sha256:");
        assertThat(p).doesNotContainKey("VirtualService default/payments networking.istio.io/v1");

        MeshPolicy sidecar = p.get("Sidecar default/default networking.istio.io/v1");
        assertThat(sidecar.scope()).isEqualTo("namespace default");
        assertThat(sidecar.fields()).containsEntry("egress[0].hosts", "[./*, istio-system/*]")
                .containsEntry("outboundTrafficPolicy.mode", "REGISTRY_ONLY");

        MeshPolicy filter = p.get("EnvoyFilter default/checkout-buffer networking.istio.io/v1alpha3");
        assertThat(filter.scope()).isEqualTo("selector app=checkout");
        assertThat(filter.fields()).containsEntry("configPatches[0].applyTo", "HTTP_FILTER")
                .containsEntry("configPatches[0].patch.operation", "INSERT_BEFORE");
        assertThat(filter.fields().get("configPatches[0].patch.value")).matches("sha256:[0-9a-f]{12} \\(\\d+ bytes\\)");
        assertThat(filter.fields().values()).noneMatch(v -> v.contains("max_request_bytes"));

        MeshPolicy allow = p.get("AuthorizationPolicy default/checkout-allow security.istio.io/v1");
        assertThat(allow.fields()).containsEntry("action", "ALLOW").containsEntry("selector.matchLabels.app",
                "checkout");
        assertThat(allow.fields().get("rules")).startsWith("sha256:");
    }

    @Test
    void linkerdGatewayApiAndAutoscalerPoliciesApplyThroughTheirOwnRules() {
        Map<String, MeshPolicy> p = byTitle(take("checkout.default:8080"));

        MeshPolicy server = p.get("Server default/checkout-http policy.linkerd.io/v1beta3");
        assertThat(server.fields()).containsEntry("port", "8080").containsEntry("proxyProtocol", "HTTP/1")
                .containsEntry("accessPolicy", "deny");
        assertThat(server.scope()).isEqualTo("pods app=checkout");
        assertThat(p).doesNotContainKey("Server default/payments-http policy.linkerd.io/v1beta3");
        assertThat(p.get("AuthorizationPolicy default/checkout-authn policy.linkerd.io/v1alpha1").scope())
                .isEqualTo("Server checkout-http");

        MeshPolicy linkerdRoute = p.get("HTTPRoute default/checkout-route policy.linkerd.io/v1beta3");
        assertThat(linkerdRoute.fields()).containsEntry("annotation retry.linkerd.io/http", "5xx")
                .containsEntry("annotation retry.linkerd.io/limit", "2")
                .containsEntry("rules[0].timeouts.request", "5s").containsEntry("rules[0].timeouts.backendRequest",
                        "1s");
        assertThat(linkerdRoute.scope()).isEqualTo("route by parent service");

        MeshPolicy profile = p.get("ServiceProfile default/checkout.default.svc.cluster.local linkerd.io/v1alpha2");
        assertThat(profile.fields()).containsEntry("retryBudget.retryRatio", "0.2")
                .containsEntry("retryBudget.minRetriesPerSecond", "10").containsEntry("routes[0].timeout", "300ms")
                .containsEntry("routes[0].isRetryable", "true");

        MeshPolicy shop = p.get("HTTPRoute default/shop gateway.networking.k8s.io/v1");
        assertThat(shop.fields()).containsEntry("rules[0].retry.attempts", "2")
                .containsEntry("rules[0].retry.codes", "[503]").containsEntry("rules[0].retry.backoff", "100ms")
                .containsEntry("rules[0].timeouts.request", "10s").containsEntry("rules[0].backendRefs[0].weight",
                        "100");
        assertThat(shop.scope()).isEqualTo("route by backend");
        assertThat(p).doesNotContainKey("HTTPRoute default/payments gateway.networking.k8s.io/v1");

        MeshPolicy hpa = p.get("HorizontalPodAutoscaler default/checkout autoscaling/v2");
        assertThat(hpa.fields()).containsEntry("minReplicas", "2").containsEntry("maxReplicas", "6")
                .containsEntry("metrics[0].resource.target.averageUtilization", "70");
        assertThat(hpa.scope()).isEqualTo("scales Deployment default/checkout");

        assertThat(p.get("Service default/checkout v1").fields()).containsExactly(Map.entry(
                "annotation timeout.linkerd.io/request", "3s"));
    }

    @Test
    void absentKindsAreSkippedAndAForbiddenOneIsRecordedAsSuch() {
        KubernetesSnapshot s = take("checkout.default:8080");
        Map<String, PolicyRead> reads = s.policyReads().stream().collect(Collectors.toMap(r -> r.kind() + "." + r
                .group(), Function.identity()));

        assertThat(reads.get("ServerAuthorization.policy.linkerd.io").status()).isEqualTo(PolicyRead.NOT_INSTALLED);
        assertThat(reads.get("ServerAuthorization.policy.linkerd.io").version()).isNull();
        assertThat(reads.get("GRPCRoute.gateway.networking.k8s.io").status()).isEqualTo(PolicyRead.NOT_INSTALLED);
        PolicyRead telemetry = reads.get("Telemetry.telemetry.istio.io");
        assertThat(telemetry.status()).isEqualTo(PolicyRead.FORBIDDEN);
        assertThat(telemetry.message()).contains("telemetries.telemetry.istio.io").contains("403");
        assertThat(s.policies()).noneMatch(p -> p.kind().equals("Telemetry"));

        PolicyRead peer = reads.get("PeerAuthentication.security.istio.io");
        assertThat(peer).isEqualTo(new PolicyRead("PeerAuthentication", "security.istio.io", "v1", PolicyRead.READ,
                2, 1, null));
        assertThat(reads.get("EnvoyFilter.networking.istio.io").version()).isEqualTo("v1alpha3");
        assertThat(reads.get("HorizontalPodAutoscaler.autoscaling").applying()).isEqualTo(1);
    }

    @Test
    void aHostOutsideTheClusterMatchesOnlyByHostname() {
        KubernetesSnapshot s = take("shop.example.com");

        assertThat(s.targets()).containsExactly(new RunTarget("shop.example.com", null, null, null, null, List.of(),
                List.of()));
        assertThat(s.policies()).extracting(MeshPolicy::title).containsExactly("HTTPRoute default/shop");
        assertThat(s.policies().get(0).scope()).isEqualTo("route by hostname");
        assertThat(take().policyReads()).isEmpty();
    }

    @Test
    void underNamespacedRolesOnlyTheMeshAndPoliciesAreReadNamespaceByNamespace() {
        // the chart with namespaces listed: a Role in each, so a list across all namespaces is refused
        try (MeshCluster roles = MeshCluster.start()) {
            roles.forbid("/api/v1/pods?labelSelector=app%3Distiod");
            roles.forbid("/apis/security.istio.io/v1/peerauthentications");
            roles.forbid("/apis/networking.istio.io/v1/destinationrules");
            roles.forbid("/api/v1/namespaces/shop/pods");
            roles.forbid("/api/v1/namespaces/shop/services/checkout");
            roles.forbid("/api/v1/namespaces/shop/events");

            KubernetesSnapshot s = KubernetesSnapshots.take(roles.client(), List.of("default", "shop"), List.of(
                    "checkout.default:8080", "checkout.shop:8080"), java.time.Instant.EPOCH, "cluster.local");

            assertThat(s.meshes()).extracting(KubernetesSnapshot.Mesh::name).containsExactly("istio");
            assertThat(s.meshes().get(0).controlPlaneNamespace()).isEqualTo("istio-system");
            Map<String, MeshPolicy> p = byTitle(s);
            assertThat(p).containsKey("PeerAuthentication istio-system/default security.istio.io/v1");
            assertThat(s.policyReads()).filteredOn(r -> r.kind().equals("PeerAuthentication")).singleElement()
                    .extracting(PolicyRead::status).isEqualTo(PolicyRead.READ);
            assertThat(s.pods()).as("a namespace without a Role is skipped, not a failed snapshot")
                    .extracting(KubernetesSnapshot.Pod::namespace).contains("default").doesNotContain("shop");
            assertThat(s.targets()).extracting(RunTarget::service).as("a target in a namespace it may not read")
                    .containsExactly("checkout", null);
            assertThat(s.policyReads()).filteredOn(r -> r.kind().equals("Event")).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(PolicyRead.FORBIDDEN))
                    .satisfies(r -> assertThat(r.message()).contains("events of shop"));
            assertThat(s.events()).as("the other namespaces' events are still read").isNotNull();
        }
    }
}

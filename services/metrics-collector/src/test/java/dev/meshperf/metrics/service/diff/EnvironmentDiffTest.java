package dev.meshperf.metrics.service.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.EnvironmentComparison.Difference;
import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.contracts.api.RunTarget;
import dev.meshperf.contracts.api.TimelineEvent;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.metrics.domain.RunSettings;
import dev.meshperf.metrics.service.mesh.PolicyKinds;

class EnvironmentDiffTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    /** The cluster around the checkout target: Istio {@code istio}, its image {@code tag}, the given capacity. */
    private static KubernetesSnapshot cluster(String istio, String tag, int replicas, String cpuLimit,
            Integer concurrency, List<MeshPolicy> policies) {
        KubernetesSnapshot.Pod pod = new KubernetesSnapshot.Pod("shop", "checkout-1", true, 0, List.of(
                "shop/checkout:" + tag, "docker.io/istio/proxyv2:" + istio), "istio-proxy", Map.of("app", "checkout"),
                "node-1", T0, List.of(new KubernetesSnapshot.Container("app", "shop/checkout:" + tag, "250m",
                        cpuLimit, null, "512Mi", 0, null, null),
                        new KubernetesSnapshot.Container("istio-proxy", "docker.io/istio/proxyv2:" + istio, "100m",
                                "2", null, null, 0, null, concurrency)));
        return new KubernetesSnapshot(T0, "v1.31.4", List.of(new KubernetesSnapshot.Node("node-1", "4", "16Gi",
                "3900m", "15Gi", "v1.31.4", "containerd://1.7.22", "amd64", Map.of())), List.of(pod),
                List.of(new KubernetesSnapshot.Deployment("shop", "checkout", replicas, replicas, Map.of("app",
                        "checkout"))),
                List.of(new KubernetesSnapshot.Mesh("istio", istio, "istio-system", List.of("shop"))),
                List.of(new RunTarget("checkout.shop", 8080, "shop", "checkout", Map.of("app", "checkout"), List.of(
                        "shop/checkout-1"), List.of("shop/checkout"))),
                policies, PolicyKinds.ALL.stream().map(k -> new PolicyRead(k.kind(), k.group(), k.versions().get(0),
                        PolicyRead.READ, 1, 1, null)).toList(),
                List.of());
    }

    /** The snapshot with one kind's read refused, as for an account the ClusterRole does not grant it. */
    private static KubernetesSnapshot forbidding(KubernetesSnapshot s, String kind, String group) {
        List<PolicyRead> reads = s.policyReads().stream().map(r -> r.kind().equals(kind) && r.group().equals(group)
                ? new PolicyRead(kind, group, "v1", PolicyRead.FORBIDDEN, 0, 0, "may not list (403)")
                : r).toList();
        return new KubernetesSnapshot(s.takenAt(), s.serverVersion(), s.nodes(), s.pods(), s.deployments(), s
                .meshes(), s.targets(), s.policies(), reads, s.events());
    }

    private static MeshPolicy policy(String kind, String apiVersion, String name, long generation,
            Map<String, String> fields) {
        return new MeshPolicy(kind, apiVersion, "shop", name, generation, null, fields, List.of("checkout.shop"),
                "host checkout");
    }

    private static RunSettings settings(String generator, long version, double rate, List<Header> headers,
            String url) {
        return RunSettings.of(new TestRequested("t", T0, T0, new ShardRef(0, 2), generator, new ProfileRef("p-1",
                "checkout", version),
                new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of(url)), "GET", headers, Map.of(
                        "session", "abc" + version),
                        null, null, LoadModel.constant(rate), 16, null, Duration.ofSeconds(30), null, null, null, null,
                        null, null, Map.of()),
                List.of(), Map.of(), null), List.of("checkout.shop:8080"));
    }

    private static RunFacts facts(String id, RunSettings settings, KubernetesSnapshot cluster,
            List<TimelineEvent> timeline, Double cpuPeak) {
        return new RunFacts(id, settings, cluster, cluster, null, timeline, cpuPeak);
    }

    @Test
    void everyKindOfChangeIsSaidBeforeToAfterInTheOrderOfItsCategory() {
        Map<String, String> pool = new LinkedHashMap<>();
        pool.put("host", "checkout");
        pool.put("trafficPolicy.connectionPool.http.http1MaxPendingRequests", "64");
        pool.put("trafficPolicy.tls.mode", "ISTIO_MUTUAL");
        Map<String, String> bigger = new LinkedHashMap<>(pool);
        bigger.put("trafficPolicy.connectionPool.http.http1MaxPendingRequests", "1024");
        bigger.put("trafficPolicy.tls.mode", "DISABLE");
        MeshPolicy allow = policy("AuthorizationPolicy", "security.istio.io/v1", "allow", 1, Map.of("action",
                "ALLOW"));
        RunFacts first = facts("a", settings("native", 3, 500, List.of(), "http://checkout.shop:8080/cart"), cluster(
                "1.24.2", "2.3", 2, "1", 2, List.of(policy("DestinationRule", "networking.istio.io/v1", "checkout", 1,
                        pool))),
                List.of(), null);
        RunFacts run = facts("b", settings("wrk2", 4, 800, List.of(), "http://checkout.shop:8080/cart"), cluster(
                "1.25.0", "2.4", 4, "2", 4, List.of(policy("DestinationRule", "networking.istio.io/v1", "checkout", 2,
                        bigger), allow)),
                List.of(new TimelineEvent(T0.plusSeconds(5), "POD_RESTARTED", "pod shop/checkout-1",
                        "container app restarted 1 time(s)", true)),
                null);

        EnvironmentComparison.Run c = EnvironmentDiff.compare(first, run);

        assertThat(c.testId()).isEqualTo("b");
        assertThat(c.against()).isEqualTo("a");
        assertThat(c.differences()).extracting(Difference::description).containsExactly(
                "istio 1.24.2 → 1.25.0",
                "client TLS mode ISTIO_MUTUAL → DISABLE (DestinationRule shop/checkout, host checkout)",
                "max pending requests 64 → 1024 (DestinationRule shop/checkout, host checkout)",
                "AuthorizationPolicy shop/allow added: action ALLOW (host checkout)",
                "image docker.io/istio/proxyv2 1.24.2 → 1.25.0 (checkout.shop)",
                "image shop/checkout 2.3 → 2.4 (checkout.shop)",
                "replicas of deployment shop/checkout 2 → 4",
                "cpu limit of container app 1 → 2 (checkout.shop)",
                "proxy concurrency of container istio-proxy 2 → 4 (checkout.shop)",
                "pod restarts during the run 0 → 1 (pod shop/checkout-1: container app restarted 1 time(s))",
                "generator native → wrk2",
                "profile version 3 → 4 (checkout)",
                "load constant 500 req/s (uniform) → constant 800 req/s (uniform)");
        assertThat(c.differences()).extracting(Difference::category).isSortedAccordingTo((x, y) -> Integer.compare(
                EnvironmentComparison.CATEGORIES.indexOf(x), EnvironmentComparison.CATEGORIES.indexOf(y)));
        Difference mesh = c.differences().get(0);
        assertThat(List.of(mesh.category(), mesh.subject(), mesh.field(), mesh.before(), mesh.after()))
                .containsExactly("mesh", "istio", "version", "1.24.2", "1.25.0");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void secretsAreNeverComparedByValueAndNeverShown() {
        RunSettings a = settings("native", 3, 500, List.of(new Header("Authorization", "Bearer one"), new Header(
                "Accept", "application/json"), new Header("X-Tenant", "tenant-one", true)),
                "http://user:pw@checkout.shop:8080/cart?api_key=k1&page=1");
        RunSettings b = settings("native", 3, 500, List.of(new Header("Authorization", "Bearer two"), new Header(
                "Accept", "text/plain"), new Header("X-Tenant", "tenant-two", true)),
                "http://user:other@checkout.shop:8080/cart?api_key=k2&page=2");

        EnvironmentComparison.Run c = EnvironmentDiff.compare(facts("a", a, null, List.of(), null), facts("b", b,
                null, List.of(), null));

        assertThat(c.differences()).extracting(Difference::field).containsExactly("endpoints", "header accept");
        assertThat(c.differences().get(0).after()).isEqualTo("http://checkout.shop:8080/cart?api_key=(hidden)&page=2");
        assertThat(c.differences().toString()).doesNotContain("one").doesNotContain("two").doesNotContain("k1")
                .doesNotContain("pw").doesNotContain("other").doesNotContain("abc3").doesNotContain("tenant-");
        assertThat(a.profile()).containsEntry("header authorization", "(hidden)").containsEntry("cookie session",
                "(hidden)").as("a header marked secret").containsEntry("header x-tenant", "(hidden)");
        assertThat(c.notes()).hasSize(2).allMatch(n -> n.startsWith("no Kubernetes context for "));
    }

    @Test
    void aNodeSaturatedInOneRunIsSaidAndSmallMovesOfCpuAreNot() {
        RunSettings s = settings("native", 3, 500, List.of(), "http://checkout.shop:8080/cart");
        KubernetesSnapshot k = cluster("1.24.2", "2.3", 2, "1", 2, List.of());

        EnvironmentComparison.Run hot = EnvironmentDiff.compare(facts("a", s, k, List.of(), 40.2), facts("b", s, k,
                List.of(new TimelineEvent(T0, "NODE_PRESSURE", "node node-1", "MemoryPressure", true)), 97.0));
        assertThat(hot.differences()).extracting(Difference::description).containsExactly(
                "node pressure during the run none → node node-1 MemoryPressure",
                "node CPU peak 40 % → 97 % (saturated in this run)");

        EnvironmentComparison.Run calm = EnvironmentDiff.compare(facts("a", s, k, List.of(), 40.0), facts("b", s, k,
                List.of(), 55.0));
        assertThat(calm.differences()).isEmpty();
        assertThat(calm.notes()).isEmpty();
    }

    @Test
    void aKindForbiddenInOneRunIsANoteNotARemoval() {
        RunSettings s = settings("native", 3, 500, List.of(), "http://checkout.shop:8080/cart");
        MeshPolicy allow = policy("AuthorizationPolicy", "security.istio.io/v1", "allow", 1, Map.of("action",
                "ALLOW"));
        KubernetesSnapshot with = cluster("1.24.2", "2.3", 2, "1", 2, List.of(allow));
        KubernetesSnapshot refused = forbidding(cluster("1.24.2", "2.3", 2, "1", 2, List.of()),
                "AuthorizationPolicy", "security.istio.io");

        EnvironmentComparison.Run c = EnvironmentDiff.compare(facts("a", s, with, List.of(), null), facts("b", s,
                refused, List.of(), null));
        assertThat(c.differences()).isEmpty();
        assertThat(c.notes()).containsExactly("AuthorizationPolicy (security.istio.io) could not be read in this run: "
                + "may not list (403)");

        EnvironmentComparison.Run removed = EnvironmentDiff.compare(facts("a", s, with, List.of(), null), facts("b",
                s, cluster("1.24.2", "2.3", 2, "1", 2, List.of()), List.of(), null));
        assertThat(removed.differences()).extracting(Difference::description).containsExactly(
                "AuthorizationPolicy shop/allow removed: was action ALLOW (host checkout)");
    }

    @Test
    void aRunWithoutItsRequestComparesOnlyTheCluster() {
        KubernetesSnapshot k = cluster("1.24.2", "2.3", 2, "1", 2, List.of());
        EnvironmentComparison.Run c = EnvironmentDiff.compare(facts("a", null, k, List.of(), null), facts("b",
                settings("native", 3, 500, List.of(), "http://checkout.shop:8080/cart"), cluster("1.24.2", "2.3", 3,
                        "1", 2, List.of()),
                List.of(), null));

        assertThat(c.differences()).extracting(Difference::field).containsExactly("replicas");
        assertThat(c.notes()).containsExactly("the request of a was not seen by the collector; the generator and the "
                + "profile are not compared");
    }
}

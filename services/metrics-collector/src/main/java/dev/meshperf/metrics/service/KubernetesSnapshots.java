package dev.meshperf.metrics.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.contracts.api.RunTarget;
import dev.meshperf.metrics.service.mesh.PolicyMatcher;
import dev.meshperf.metrics.service.mesh.PolicyReader;
import dev.meshperf.metrics.service.mesh.TargetResolver;

/**
 * Reads the cluster: server version; nodes (capacity, allocatable, kubelet, runtime, architecture, pressure); the
 * run's targets resolved to Services; pods (containers, resources, restarts, proxy concurrency) and deployments of
 * the configured namespaces and the targets' namespaces; service meshes by their control plane (istiod by
 * {@code app=istiod}, Linkerd by {@code linkerd.io/control-plane-component}) with the version from its image tag and
 * the namespaces labelled for sidecar injection; the policies that apply to the targets; scaling events since a
 * given instant. {@link #changes} tells what moved between two snapshots.
 */
public final class KubernetesSnapshots {

    /** Kubernetes event reasons kept: a Deployment's replica set scaled, an autoscaler rescaled. */
    static final Set<String> SCALING_REASONS = Set.of("ScalingReplicaSet", "SuccessfulRescale");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISTIO_ROOT_NAMESPACE = "istio-system";

    private KubernetesSnapshots() {
    }

    /**
     * @param hosts
     * the run's target hosts ({@code host} or {@code host:port}); none reads no policies
     * @param eventsSince
     * keep scaling events from this instant on; null reads none
     */
    public static KubernetesSnapshot take(KubernetesClient client, List<String> namespaces, List<String> hosts,
            Instant eventsSince, String clusterDomain) {
        List<KubernetesSnapshot.Node> nodes = client.nodes().list().getItems().stream().map(KubernetesSnapshots::node)
                .toList();
        List<TargetResolver.Resolved> resolved = TargetResolver.resolve(client, hosts, namespaces);
        Set<String> read = new LinkedHashSet<>(namespaces);
        resolved.stream().map(TargetResolver.Resolved::namespace).filter(Objects::nonNull).forEach(read::add);
        List<KubernetesSnapshot.Pod> pods = new ArrayList<>();
        List<KubernetesSnapshot.Deployment> deployments = new ArrayList<>();
        for (String ns : read) {
            NamespacedReads.inNamespace(() -> client.pods().inNamespace(ns).list().getItems())
                    .forEach(p -> pods.add(PodFacts.pod(p)));
            NamespacedReads.inNamespace(() -> client.apps().deployments().inNamespace(ns).list().getItems())
                    .forEach(d -> deployments.add(deployment(d)));
        }
        Set<String> scope = new LinkedHashSet<>(read);
        scope.addAll(NamespacedReads.MESH_NAMESPACES);
        var version = client.getKubernetesVersion();
        String serverVersion = version.getGitVersion() != null
                ? version.getGitVersion()
                : "v" + version.getMajor() + "." + version.getMinor();
        List<KubernetesSnapshot.Mesh> meshes = meshes(client, scope);
        List<RunTarget> targets = resolved.stream().map(r -> TargetResolver.target(r, pods, deployments)).toList();
        List<MeshPolicy> policies = new ArrayList<>();
        List<PolicyRead> reads = new ArrayList<>();
        if (!targets.isEmpty()) {
            String root = meshes.stream().filter(m -> m.name().equals("istio")).map(
                    KubernetesSnapshot.Mesh::controlPlaneNamespace).findFirst().orElse(ISTIO_ROOT_NAMESPACE);
            policies.addAll(
                    new PolicyMatcher(targets, pods, root, clusterDomain).match(PolicyReader.read(client, scope),
                            reads));
            for (int i = 0; i < targets.size(); i++) {
                if (resolved.get(i).service() != null) {
                    MeshPolicy service = PolicyMatcher.service(targets.get(i), tree(resolved.get(i).service()));
                    if (service != null) {
                        policies.add(service);
                    }
                }
            }
        }
        List<KubernetesSnapshot.ClusterEvent> events = eventsSince == null
                ? null
                : events(client, read, eventsSince, reads);
        return new KubernetesSnapshot(Instant.now(), serverVersion, nodes, pods, deployments, meshes, targets,
                policies, reads, events);
    }

    private static JsonNode tree(Object resource) {
        try {
            return JSON.readTree(Serialization.asJson(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KubernetesSnapshot.Node node(Node n) {
        Map<String, Quantity> capacity = n.getStatus() == null || n.getStatus().getCapacity() == null
                ? Map.of()
                : n.getStatus().getCapacity();
        Map<String, Quantity> allocatable = n.getStatus() == null || n.getStatus().getAllocatable() == null
                ? Map.of()
                : n.getStatus().getAllocatable();
        var info = n.getStatus() == null ? null : n.getStatus().getNodeInfo();
        Map<String, Instant> pressure = new LinkedHashMap<>();
        if (n.getStatus() != null && n.getStatus().getConditions() != null) {
            for (var c : n.getStatus().getConditions()) {
                boolean under = c.getType().endsWith("Pressure") && "True".equals(c.getStatus());
                boolean notReady = c.getType().equals("Ready") && !"True".equals(c.getStatus());
                if (under || notReady) {
                    pressure.put(notReady ? "NotReady" : c.getType(), PodFacts.instant(c.getLastTransitionTime()));
                }
            }
        }
        return new KubernetesSnapshot.Node(n.getMetadata().getName(), text(capacity.get("cpu")),
                text(capacity.get("memory")), text(allocatable.get("cpu")), text(allocatable.get("memory")),
                info == null ? null : info.getKubeletVersion(), info == null ? null : info.getContainerRuntimeVersion(),
                info == null ? null : info.getArchitecture(), pressure);
    }

    private static KubernetesSnapshot.Deployment deployment(Deployment d) {
        int replicas = d.getSpec() == null || d.getSpec().getReplicas() == null ? 0 : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null
                ? 0
                : d.getStatus().getReadyReplicas();
        Map<String, String> selector = d.getSpec() == null || d.getSpec().getSelector() == null
                || d.getSpec().getSelector().getMatchLabels() == null
                        ? Map.of()
                        : d.getSpec().getSelector().getMatchLabels();
        return new KubernetesSnapshot.Deployment(d.getMetadata().getNamespace(), d.getMetadata().getName(), replicas,
                ready, selector);
    }

    private static List<KubernetesSnapshot.Mesh> meshes(KubernetesClient client, Set<String> scope) {
        List<KubernetesSnapshot.Mesh> meshes = new ArrayList<>();
        List<Namespace> namespaces = client.namespaces().list().getItems();
        List<Pod> istiod = NamespacedReads.list(() -> client.pods().inAnyNamespace().withLabel("app", "istiod").list()
                .getItems(), ns -> client.pods().inNamespace(ns).withLabel("app", "istiod").list().getItems(), scope);
        if (!istiod.isEmpty()) {
            meshes.add(new KubernetesSnapshot.Mesh("istio", PodFacts.tag(istiod.get(0)), istiod.get(0).getMetadata()
                    .getNamespace(), injected(namespaces, "istio-injection", "enabled")));
        }
        List<Pod> linkerd = NamespacedReads.list(() -> client.pods().inAnyNamespace()
                .withLabel("linkerd.io/control-plane-component").list().getItems(),
                ns -> client.pods().inNamespace(ns)
                        .withLabel("linkerd.io/control-plane-component").list().getItems(),
                scope);
        if (!linkerd.isEmpty()) {
            meshes.add(new KubernetesSnapshot.Mesh("linkerd", PodFacts.tag(linkerd.get(0)), linkerd.get(0)
                    .getMetadata().getNamespace(), injected(namespaces, "linkerd.io/inject", "enabled")));
        }
        return meshes;
    }

    /** Namespaces with the injection label, or the annotation (Linkerd's usual way). */
    private static List<String> injected(List<Namespace> namespaces, String key, String value) {
        return namespaces.stream().filter(n -> value.equals(label(n, key))).map(n -> n.getMetadata().getName())
                .toList();
    }

    private static String label(Namespace n, String key) {
        Map<String, String> labels = n.getMetadata().getLabels();
        Map<String, String> annotations = n.getMetadata().getAnnotations();
        String v = labels == null ? null : labels.get(key);
        return v != null ? v : annotations == null ? null : annotations.get(key);
    }

    /** Scaling events of the namespaces since the instant; a refused read is recorded and leaves none. */
    private static List<KubernetesSnapshot.ClusterEvent> events(KubernetesClient client, Set<String> namespaces,
            Instant since, List<PolicyRead> reads) {
        List<KubernetesSnapshot.ClusterEvent> events = new ArrayList<>();
        boolean failureNoted = false;
        for (String ns : namespaces) {
            // one namespace that cannot be read (no Role there) is noted once; the others are still read
            try {
                for (var e : client.v1().events().inNamespace(ns).list().getItems()) {
                    Instant at = e.getEventTime() != null && e.getEventTime().getTime() != null
                            ? PodFacts.instant(e.getEventTime().getTime())
                            : PodFacts.instant(e.getLastTimestamp() != null
                                    ? e.getLastTimestamp()
                                    : e.getFirstTimestamp());
                    if (SCALING_REASONS.contains(e.getReason()) && at != null && !at.isBefore(since)) {
                        events.add(new KubernetesSnapshot.ClusterEvent(at, ns, e.getInvolvedObject().getKind(),
                                e.getInvolvedObject().getName(), e.getReason(), e.getMessage()));
                    }
                }
            } catch (KubernetesClientException e) {
                if (!failureNoted) {
                    reads.add(new PolicyRead("Event", "", "v1", e.getCode() == 403
                            ? PolicyRead.FORBIDDEN
                            : PolicyRead.FAILED, 0, 0, "events of " + ns + " could not be listed: " + e.getMessage()));
                    failureNoted = true;
                }
            }
        }
        return events;
    }

    private static String text(Quantity q) {
        return q == null ? null : q.toString();
    }

    /** Restarts, scaling, and pods that appeared or went, between the start and the end of a test. */
    public static List<String> changes(KubernetesSnapshot start, KubernetesSnapshot end) {
        List<String> changes = new ArrayList<>();
        if (start == null || end == null) {
            return changes;
        }
        Map<String, KubernetesSnapshot.Pod> before = new LinkedHashMap<>();
        start.pods().forEach(p -> before.put(p.namespace() + "/" + p.name(), p));
        for (KubernetesSnapshot.Pod p : end.pods()) {
            KubernetesSnapshot.Pod was = before.remove(p.namespace() + "/" + p.name());
            if (was == null) {
                changes.add("pod " + p.namespace() + "/" + p.name() + " appeared");
            } else if (p.restarts() > was.restarts()) {
                changes.add("pod " + p.namespace() + "/" + p.name() + " restarted " + (p.restarts() - was.restarts())
                        + " time(s)");
            }
        }
        before.keySet().forEach(k -> changes.add("pod " + k + " went away"));
        Map<String, KubernetesSnapshot.Deployment> deployments = new LinkedHashMap<>();
        start.deployments().forEach(d -> deployments.put(d.namespace() + "/" + d.name(), d));
        for (KubernetesSnapshot.Deployment d : end.deployments()) {
            KubernetesSnapshot.Deployment was = deployments.get(d.namespace() + "/" + d.name());
            if (was != null && was.replicas() != d.replicas()) {
                changes.add("deployment " + d.namespace() + "/" + d.name() + " scaled from " + was.replicas()
                        + " to " + d.replicas() + " replicas");
            }
        }
        if (!Objects.equals(start.meshes(), end.meshes())) {
            changes.add("the service mesh changed: " + start.meshes() + " -> " + end.meshes());
        }
        return changes;
    }
}

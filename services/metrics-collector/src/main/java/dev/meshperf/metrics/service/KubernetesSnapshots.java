package dev.meshperf.metrics.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;

import dev.meshperf.contracts.api.KubernetesSnapshot;

/**
 * Reads the cluster: server version; nodes (capacity, allocatable, kubelet, runtime, architecture); pods and
 * deployments of the configured namespaces; service meshes by their control plane (istiod by {@code app=istiod},
 * Linkerd by {@code linkerd.io/control-plane-component}) with the version from its image tag, and the namespaces
 * labelled for sidecar injection. {@link #changes} tells what moved between two snapshots.
 */
public final class KubernetesSnapshots {

    private KubernetesSnapshots() {
    }

    public static KubernetesSnapshot take(KubernetesClient client, List<String> namespaces) {
        List<KubernetesSnapshot.Node> nodes = client.nodes().list().getItems().stream().map(KubernetesSnapshots::node)
                .toList();
        List<KubernetesSnapshot.Pod> pods = new ArrayList<>();
        List<KubernetesSnapshot.Deployment> deployments = new ArrayList<>();
        for (String ns : namespaces) {
            client.pods().inNamespace(ns).list().getItems().forEach(p -> pods.add(pod(p)));
            client.apps().deployments().inNamespace(ns).list().getItems().forEach(d -> deployments.add(deployment(d)));
        }
        var version = client.getKubernetesVersion();
        String serverVersion = version.getGitVersion() != null
                ? version.getGitVersion()
                : "v" + version.getMajor() + "." + version.getMinor();
        return new KubernetesSnapshot(Instant.now(), serverVersion, nodes, pods, deployments, meshes(client));
    }

    private static KubernetesSnapshot.Node node(Node n) {
        Map<String, Quantity> capacity = n.getStatus() == null || n.getStatus().getCapacity() == null
                ? Map.of()
                : n.getStatus().getCapacity();
        Map<String, Quantity> allocatable = n.getStatus() == null || n.getStatus().getAllocatable() == null
                ? Map.of()
                : n.getStatus().getAllocatable();
        var info = n.getStatus() == null ? null : n.getStatus().getNodeInfo();
        return new KubernetesSnapshot.Node(n.getMetadata().getName(), text(capacity.get("cpu")),
                text(capacity.get("memory")), text(allocatable.get("cpu")), text(allocatable.get("memory")),
                info == null ? null : info.getKubeletVersion(), info == null ? null : info.getContainerRuntimeVersion(),
                info == null ? null : info.getArchitecture());
    }

    private static KubernetesSnapshot.Pod pod(Pod p) {
        List<ContainerStatus> statuses = p.getStatus() == null || p.getStatus().getContainerStatuses() == null
                ? List.of()
                : p.getStatus().getContainerStatuses();
        boolean ready = !statuses.isEmpty() && statuses.stream().allMatch(s -> Boolean.TRUE.equals(s.getReady()));
        int restarts = statuses.stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount()).sum();
        List<Container> containers = p.getSpec() == null ? List.of() : p.getSpec().getContainers();
        String sidecar = containers.stream().map(Container::getName)
                .filter(n -> n.equals("istio-proxy") || n.equals("linkerd-proxy")).findFirst().orElse(null);
        return new KubernetesSnapshot.Pod(p.getMetadata().getNamespace(), p.getMetadata().getName(), ready, restarts,
                containers.stream().map(Container::getImage).toList(), sidecar);
    }

    private static KubernetesSnapshot.Deployment deployment(Deployment d) {
        int replicas = d.getSpec() == null || d.getSpec().getReplicas() == null ? 0 : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null
                ? 0
                : d.getStatus().getReadyReplicas();
        return new KubernetesSnapshot.Deployment(d.getMetadata().getNamespace(), d.getMetadata().getName(), replicas,
                ready);
    }

    private static List<KubernetesSnapshot.Mesh> meshes(KubernetesClient client) {
        List<KubernetesSnapshot.Mesh> meshes = new ArrayList<>();
        List<Namespace> namespaces = client.namespaces().list().getItems();
        List<Pod> istiod = client.pods().inAnyNamespace().withLabel("app", "istiod").list().getItems();
        if (!istiod.isEmpty()) {
            meshes.add(new KubernetesSnapshot.Mesh("istio", tag(istiod.get(0)), istiod.get(0).getMetadata()
                    .getNamespace(), injected(namespaces, "istio-injection", "enabled")));
        }
        List<Pod> linkerd = client.pods().inAnyNamespace().withLabel("linkerd.io/control-plane-component").list()
                .getItems();
        if (!linkerd.isEmpty()) {
            meshes.add(new KubernetesSnapshot.Mesh("linkerd", tag(linkerd.get(0)), linkerd.get(0).getMetadata()
                    .getNamespace(), injected(namespaces, "linkerd.io/inject", "enabled")));
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

    private static String tag(Pod p) {
        String image = p.getSpec().getContainers().get(0).getImage();
        int colon = image.lastIndexOf(':');
        return colon < 0 || image.lastIndexOf('/') > colon ? null : image.substring(colon + 1);
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

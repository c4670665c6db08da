package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;

/** The cluster at one moment of a test (its start or its end), as the metrics collector read it. */
public record KubernetesSnapshot(
        Instant takenAt,
        String serverVersion,
        List<Node> nodes,
        List<Pod> pods,
        List<Deployment> deployments,
        List<Mesh> meshes) {

    public record Node(String name, String cpuCapacity, String memoryCapacity, String cpuAllocatable,
            String memoryAllocatable, String kubeletVersion, String containerRuntime, String architecture) {
    }

    /**
     * @param sidecar
     * the mesh proxy container in the pod (istio-proxy, linkerd-proxy), or null
     */
    public record Pod(String namespace, String name, boolean ready, int restarts, List<String> images,
            String sidecar) {
    }

    public record Deployment(String namespace, String name, int replicas, int readyReplicas) {
    }

    /**
     * A service mesh found by its control plane's labels and images.
     *
     * @param injectedNamespaces
     * namespaces labelled for automatic sidecar injection
     */
    public record Mesh(String name, String version, String controlPlaneNamespace, List<String> injectedNamespaces) {
    }
}

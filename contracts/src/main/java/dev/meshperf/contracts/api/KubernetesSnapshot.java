package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The cluster at one moment of a test (its start or its end), as the metrics collector read it.
 *
 * @param targets
 * the run's target hosts as the cluster resolves them (service, namespace, pods); optional, absent in snapshots
 * taken before it was added, as are the fields after it
 * @param policies
 * the mesh and Kubernetes configuration that shapes traffic to the targets (mTLS, retries, timeouts, circuit
 * breakers, routes, autoscalers), only the objects that apply to a target
 * @param policyReads
 * how each kind of policy was read: found, not installed (skipped), forbidden or failed
 * @param events
 * Kubernetes events since the test's start about scaling and autoscaling (end snapshot only)
 */
public record KubernetesSnapshot(
        Instant takenAt,
        String serverVersion,
        List<Node> nodes,
        List<Pod> pods,
        List<Deployment> deployments,
        List<Mesh> meshes,
        List<RunTarget> targets,
        List<MeshPolicy> policies,
        List<PolicyRead> policyReads,
        List<ClusterEvent> events) {

    /**
     * @param pressure
     * the node conditions that were true (MemoryPressure, DiskPressure, PIDPressure) or NotReady, each with the time
     * it began; empty for a healthy node
     */
    public record Node(String name, String cpuCapacity, String memoryCapacity, String cpuAllocatable,
            String memoryAllocatable, String kubeletVersion, String containerRuntime, String architecture,
            Map<String, Instant> pressure) {
    }

    /**
     * @param sidecar
     * the mesh proxy container in the pod (istio-proxy, linkerd-proxy), or null
     * @param containers
     * each container with its image, resources and restarts (the sidecar included)
     */
    public record Pod(String namespace, String name, boolean ready, int restarts, List<String> images,
            String sidecar, Map<String, String> labels, String node, Instant createdAt, List<Container> containers) {
    }

    /**
     * One container of a pod.
     *
     * @param lastRestartAt
     * when its previous instance ended (the last restart), as the kubelet recorded it
     * @param proxyConcurrency
     * worker threads of a mesh proxy: istio-proxy's {@code --concurrency}, linkerd-proxy's
     * {@code LINKERD2_PROXY_CORES}; null when not set (the proxy's default applies)
     */
    public record Container(String name, String image, String cpuRequest, String cpuLimit, String memoryRequest,
            String memoryLimit, int restarts, Instant lastRestartAt, Integer proxyConcurrency) {
    }

    /** @param selector the labels its pods carry ({@code spec.selector.matchLabels}) */
    public record Deployment(String namespace, String name, int replicas, int readyReplicas,
            Map<String, String> selector) {
    }

    /**
     * A service mesh found by its control plane's labels and images.
     *
     * @param injectedNamespaces
     * namespaces labelled for automatic sidecar injection
     */
    public record Mesh(String name, String version, String controlPlaneNamespace, List<String> injectedNamespaces) {
    }

    /**
     * A Kubernetes event about scaling: a Deployment's replica set scaled ({@code ScalingReplicaSet}) or an
     * autoscaler's decision ({@code SuccessfulRescale}).
     */
    public record ClusterEvent(Instant at, String namespace, String objectKind, String objectName, String reason,
            String message) {
    }
}

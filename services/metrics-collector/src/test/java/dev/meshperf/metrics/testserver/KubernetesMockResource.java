package dev.meshperf.metrics.testserver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Fabric8's <b>mock</b> Kubernetes API server in CRUD mode (no cluster can run here), holding a small cluster: one
 * node, istiod 1.24.2 in istio-system, and in {@code default} (labelled for Istio injection) a deployment of 2 and a
 * pod with an istio-proxy sidecar. Tests change it through {@link #client()} while a run is on.
 */
public class KubernetesMockResource implements QuarkusTestResourceLifecycleManager {

    private static KubernetesMockServer server;
    private static KubernetesClient client;

    public static KubernetesClient client() {
        return client;
    }

    @Override
    public Map<String, String> start() {
        // the mock answers /version with major and minor only (a real cluster adds gitVersion)
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        VersionInfo version = new VersionInfo.Builder().withMajor("1").withMinor("31").build();
        server = new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false, version);
        server.init();
        client = server.createClient();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("default")
                .addToLabels("istio-injection", "enabled").endMetadata().build()).create();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("istio-system").endMetadata()
                .build()).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata().withNewStatus()
                .addToCapacity("cpu", new Quantity("4")).addToCapacity("memory", new Quantity("16Gi"))
                .addToAllocatable("cpu", new Quantity("3900m")).addToAllocatable("memory", new Quantity("15Gi"))
                .withNewNodeInfo().withKubeletVersion("v1.31.4").withContainerRuntimeVersion("containerd://1.7.22")
                .withArchitecture("amd64").endNodeInfo().endStatus().build()).create();
        client.pods().inNamespace("istio-system").resource(new PodBuilder().withNewMetadata().withName("istiod-1")
                .withNamespace("istio-system").addToLabels("app", "istiod").endMetadata().withNewSpec()
                .addToContainers(new ContainerBuilder().withName("discovery").withImage("docker.io/istio/pilot:1.24.2")
                        .build())
                .endSpec().build()).create();
        client.pods().inNamespace("default").resource(pod(0)).create();
        client.apps().deployments().inNamespace("default").resource(new DeploymentBuilder().withNewMetadata()
                .withName("checkout").withNamespace("default").endMetadata().withNewSpec().withReplicas(2).endSpec()
                .withNewStatus().withReadyReplicas(2).endStatus().build()).create();
        return Map.of("quarkus.kubernetes-client.api-server-url", client.getConfiguration().getMasterUrl(),
                "quarkus.kubernetes-client.trust-certs", "true", "meshperf.metrics.kubernetes.enabled", "true",
                "meshperf.metrics.kubernetes.namespaces", "default");
    }

    /** The checkout pod, with its containers restarted {@code restarts} times. */
    public static io.fabric8.kubernetes.api.model.Pod pod(int restarts) {
        return new PodBuilder().withNewMetadata().withName("checkout-1").withNamespace("default").endMetadata()
                .withNewSpec()
                .withContainers(List.of(new ContainerBuilder().withName("app").withImage("shop/checkout:2.3").build(),
                        new ContainerBuilder().withName("istio-proxy").withImage("docker.io/istio/proxyv2:1.24.2")
                                .build()))
                .endSpec().withNewStatus()
                .withContainerStatuses(new ContainerStatusBuilder().withName("app").withReady(true)
                        .withRestartCount(restarts).build(),
                        new ContainerStatusBuilder().withName("istio-proxy").withReady(true).withRestartCount(0)
                                .build())
                .endStatus().build();
    }

    @Override
    public void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
        }
    }
}

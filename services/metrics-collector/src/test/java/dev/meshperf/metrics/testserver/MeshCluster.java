package dev.meshperf.metrics.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

/**
 * A small cluster on Fabric8's <b>mock</b> Kubernetes API server in CRUD mode (no cluster can run here): one node,
 * istiod 1.24.2 in istio-system, and in {@code default} (labelled for Istio injection) the target: Service
 * {@code checkout} (with Linkerd's timeout annotation), its Deployment of 2 and a pod {@code app=checkout} with an
 * istio-proxy sidecar; and the CustomResourceDefinitions and objects of {@code mesh/*.yaml}: Istio, Linkerd, Gateway
 * API and an autoscaler, some applying to the target and some not. Expectations (a 403) may be added before CRUD.
 */
public record MeshCluster(KubernetesMockServer server, KubernetesClient client) implements AutoCloseable {

    public static MeshCluster start() {
        // the mock answers /version with major and minor only (a real cluster adds gitVersion)
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        VersionInfo version = new VersionInfo.Builder().withMajor("1").withMinor("31").build();
        KubernetesMockServer server = new KubernetesMockServer(new io.fabric8.mockwebserver.Context(),
                new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false, version);
        server.init();
        MeshCluster cluster = new MeshCluster(server, server.createClient());
        cluster.populate();
        return cluster;
    }

    /** The list of a resource answers 403, as for an account the ClusterRole does not grant it. */
    public void forbid(String path) {
        server.expect().get().withPath(path).andReturn(403, new StatusBuilder().withStatus("Failure").withCode(403)
                .withReason("Forbidden").withMessage("forbidden: cannot list resource at the cluster scope").build())
                .always();
    }

    private void populate() {
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
        client.services().inNamespace("default").resource(new ServiceBuilder().withNewMetadata().withName("checkout")
                .withNamespace("default").addToAnnotations("timeout.linkerd.io/request", "3s").endMetadata()
                .withNewSpec().addToSelector("app", "checkout").withClusterIP("10.96.0.42").addNewPort().withPort(8080)
                .endPort().endSpec().build()).create();
        client.pods().inNamespace("default").resource(pod(0, null)).create();
        client.apps().deployments().inNamespace("default").resource(new DeploymentBuilder().withNewMetadata()
                .withName("checkout").withNamespace("default").endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "checkout").endSelector().endSpec().withNewStatus()
                .withReadyReplicas(2).endStatus().build()).create();
        for (String file : List.of("crds", "istio", "linkerd", "gateway", "kubernetes")) {
            load("mesh/" + file + ".yaml");
        }
    }

    /** Creates every object of a YAML file of the test resources. */
    public void load(String resource) {
        try (InputStream in = MeshCluster.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            for (HasMetadata item : client.load(in).items()) {
                client.resource(item).create();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checkout pod, its app container restarted {@code restarts} times (the last one ending at
     * {@code lastRestart}, an RFC 3339 time, when given); istio-proxy runs with {@code --concurrency 2}.
     */
    public static Pod pod(int restarts, String lastRestart) {
        var app = new ContainerStatusBuilder().withName("app").withReady(true).withRestartCount(restarts);
        if (lastRestart != null) {
            app.withNewLastState().withNewTerminated().withExitCode(137).withReason("OOMKilled")
                    .withFinishedAt(lastRestart).endTerminated().endLastState();
        }
        return new PodBuilder().withNewMetadata().withName("checkout-1").withNamespace("default")
                .addToLabels("app", "checkout").endMetadata().withNewSpec().withNodeName("node-1")
                .withContainers(List.of(new ContainerBuilder().withName("app").withImage("shop/checkout:2.3")
                        .withResources(new ResourceRequirementsBuilder().addToRequests("cpu", new Quantity("250m"))
                                .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("512Mi"))
                                .build())
                        .build(),
                        new ContainerBuilder().withName("istio-proxy").withImage("docker.io/istio/proxyv2:1.24.2")
                                .withArgs("proxy", "sidecar", "--concurrency", "2")
                                .withResources(new ResourceRequirementsBuilder().addToRequests("cpu",
                                        new Quantity("100m")).addToLimits("cpu", new Quantity("2")).build())
                                .build()))
                .endSpec().withNewStatus()
                .withContainerStatuses(app.build(), new ContainerStatusBuilder().withName("istio-proxy")
                        .withReady(true).withRestartCount(0).build())
                .endStatus().build();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}

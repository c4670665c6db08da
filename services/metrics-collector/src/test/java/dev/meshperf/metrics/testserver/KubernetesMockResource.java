package dev.meshperf.metrics.testserver;

import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The {@link MeshCluster} (Fabric8's <b>mock</b> API server in CRUD mode) for a Quarkus test: the collector reads it
 * through quarkus-kubernetes-client; tests change it through {@link #client()} while a run is on.
 */
public class KubernetesMockResource implements QuarkusTestResourceLifecycleManager {

    private static MeshCluster cluster;

    public static KubernetesClient client() {
        return cluster.client();
    }

    @Override
    public Map<String, String> start() {
        cluster = MeshCluster.start();
        return Map.of("quarkus.kubernetes-client.api-server-url", cluster.client().getConfiguration().getMasterUrl(),
                "quarkus.kubernetes-client.trust-certs", "true", "meshperf.metrics.kubernetes.enabled", "true",
                "meshperf.metrics.kubernetes.namespaces", "default");
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }
}

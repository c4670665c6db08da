package dev.meshperf.metrics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.metrics.testserver.KubernetesMockResource;
import dev.meshperf.metrics.testserver.MeshCluster;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * The Kubernetes context of a run, through quarkus-kubernetes-client, against Fabric8's <b>mock</b> API server in
 * CRUD mode (no cluster can run here): snapshots at the start and the end, what changed while the test ran, and the
 * timeline of those changes at the times Kubernetes recorded them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(value = KubernetesMockResource.class, restrictToAnnotatedClass = true)
class KubernetesContextTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void theClusterAtStartAndEndAndWhatChangedBetween() throws Exception {
        String testId = "k8s-" + UUID.randomUUID();
        // Kubernetes records times to the second: the window starts a second before the changes the test makes
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        publish(Topics.TEST_REQUESTED, testId, new TestRequested(testId, start, start, ShardRef.single(), "native",
                null, new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://checkout.default/")), "GET", List.of(),
                        Map.of(), null, null, LoadModel.constant(10), 1, null, Duration.ofSeconds(1), null, null, null,
                        null, null, null, Map.of()),
                List.of(), Map.of(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.start") != null);

        // while the test runs: the app container restarts twice (the kubelet records when the last one ended), the
        // deployment is scaled out and its autoscaler rescales (their controllers' events), a VirtualService changes
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        KubernetesClient k8s = KubernetesMockResource.client();
        k8s.pods().inNamespace("default").resource(MeshCluster.pod(2, now)).update();
        Deployment checkout = k8s.apps().deployments().inNamespace("default").withName("checkout").get();
        int replicas = checkout.getSpec().getReplicas();
        checkout.getSpec().setReplicas(replicas + 1);
        k8s.apps().deployments().inNamespace("default").resource(checkout).update();
        event(k8s, "Deployment", "ScalingReplicaSet", "Scaled up replica set checkout-6d4f9 to " + (replicas + 1),
                now);
        event(k8s, "HorizontalPodAutoscaler", "SuccessfulRescale", "New size: " + (replicas + 1) + "; reason: cpu "
                + "resource utilization (percentage of request) above target", now);
        k8s.genericKubernetesResources("networking.istio.io/v1", "VirtualService").inNamespace("default")
                .withName("checkout").edit(vs -> {
                    Map<String, Object> spec = vs.get("spec");
                    List<Map<String, Object>> http = (List<Map<String, Object>>) spec.get("http");
                    http.get(0).put("timeout", "4s");
                    return vs;
                });

        publish(Topics.TEST_COMPLETED, testId, new TestCompleted(testId, TestStatus.COMPLETED, null, null, "native", 1,
                1, start, Instant.now(), null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.end") != null);

        String body = given().get("/api/tests/" + testId + "/environment").then().statusCode(200).extract()
                .asString();
        JsonPath env = new JsonPath(body);
        JsonPath k8sContext = new JsonPath(body).setRootPath("kubernetes");
        assertThat(k8sContext.getString("error")).isNull();
        assertThat(k8sContext.getString("start.serverVersion")).isEqualTo("v1.31");
        assertThat(k8sContext.getString("start.nodes[0].name")).isEqualTo("node-1");
        assertThat(k8sContext.getString("start.nodes[0].cpuCapacity")).isEqualTo("4");
        assertThat(k8sContext.getString("start.nodes[0].memoryAllocatable")).isEqualTo("15Gi");
        assertThat(k8sContext.getString("start.nodes[0].kubeletVersion")).isEqualTo("v1.31.4");
        assertThat(k8sContext.getString("start.nodes[0].containerRuntime")).isEqualTo("containerd://1.7.22");
        assertThat(k8sContext.getString("start.nodes[0].architecture")).isEqualTo("amd64");
        assertThat(k8sContext.getString("start.pods[0].name")).isEqualTo("checkout-1");
        assertThat(k8sContext.getBoolean("start.pods[0].ready")).isTrue();
        assertThat(k8sContext.getString("start.pods[0].sidecar")).isEqualTo("istio-proxy");
        assertThat(k8sContext.getList("start.pods[0].images", String.class)).contains("shop/checkout:2.3");
        assertThat(k8sContext.getInt("start.deployments[0].replicas")).isEqualTo(replicas);
        assertThat(k8sContext.getString("start.meshes[0].name")).isEqualTo("istio");
        assertThat(k8sContext.getString("start.meshes[0].version")).isEqualTo("1.24.2");
        assertThat(k8sContext.getString("start.meshes[0].controlPlaneNamespace")).isEqualTo("istio-system");
        assertThat(k8sContext.getList("start.meshes[0].injectedNamespaces", String.class)).containsExactly("default");
        assertThat(k8sContext.getString("start.targets[0].service")).isEqualTo("checkout");
        assertThat(k8sContext.getList("start.policies.kind", String.class)).contains("PeerAuthentication",
                "VirtualService", "DestinationRule", "Server", "ServiceProfile", "HTTPRoute",
                "HorizontalPodAutoscaler");
        assertThat(k8sContext.getInt("end.pods[0].restarts")).isEqualTo(2);
        assertThat(k8sContext.getList("changes", String.class)).containsExactlyInAnyOrder(
                "pod default/checkout-1 restarted 2 time(s)",
                "deployment default/checkout scaled from " + replicas + " to " + (replicas + 1) + " replicas");

        List<Map<String, Object>> timeline = env.getList("timeline");
        assertThat(timeline).extracting(e -> e.get("at")).isSortedAccordingTo(Comparator.comparing(
                o -> Instant.parse((String) o)));
        assertThat(timeline).contains(Map.of("at", now, "kind", "POD_RESTARTED", "subject", "pod default/checkout-1",
                "description", "container app restarted 2 time(s)", "exact", true));
        assertThat(timeline).contains(Map.of("at", now, "kind", "REPLICAS_CHANGED", "subject",
                "deployment default/checkout", "description", "Scaled up replica set checkout-6d4f9 to "
                        + (replicas + 1),
                "exact", true));
        assertThat(timeline).filteredOn(e -> e.get("kind").equals("REPLICAS_CHANGED")).hasSize(1);
        assertThat(timeline).filteredOn(e -> e.get("kind").equals("AUTOSCALED")).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo("HorizontalPodAutoscaler default/checkout");
            assertThat(e.get("at")).isEqualTo(now);
        });
        // the mock API server keeps no managedFields: the change is placed at the end snapshot, marked inexact
        assertThat(timeline).filteredOn(e -> e.get("kind").equals("POLICY_CHANGED")).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo("VirtualService default/checkout");
            assertThat((String) e.get("description")).contains("http[0].timeout 10s → 4s").contains("generation");
            assertThat(e.get("exact")).isEqualTo(false);
            assertThat(e.get("at")).isEqualTo(k8sContext.getString("end.takenAt"));
        });
    }

    private static void event(KubernetesClient k8s, String kind, String reason, String message, String at) {
        k8s.v1().events().inNamespace("default").resource(new EventBuilder().withNewMetadata().withName("checkout."
                + reason.toLowerCase(Locale.ROOT)).withNamespace("default").endMetadata().withNewInvolvedObject()
                .withKind(kind).withName("checkout").withNamespace("default").endInvolvedObject().withReason(reason)
                .withMessage(message).withType("Normal").withFirstTimestamp(at).withLastTimestamp(at).build())
                .createOr(r -> r.update());
    }

    private void publish(String topic, String key, Object event) throws Exception {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new EventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        }
    }
}

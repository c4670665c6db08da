package dev.meshperf.metrics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.apps.Deployment;
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
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * The Kubernetes context of a run, through quarkus-kubernetes-client, against Fabric8's <b>mock</b> API server in
 * CRUD mode (no cluster can run here): snapshots at the start and the end, and what changed while the test ran.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(value = KubernetesMockResource.class, restrictToAnnotatedClass = true)
class KubernetesContextTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theClusterAtStartAndEndAndWhatChangedBetween() throws Exception {
        String testId = "k8s-" + UUID.randomUUID();
        Instant start = Instant.now();
        publish(Topics.TEST_REQUESTED, testId, new TestRequested(testId, start, start, ShardRef.single(), "native",
                null, new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://checkout.default/")), "GET", List.of(),
                        Map.of(), null, null, LoadModel.constant(10), 1, null, Duration.ofSeconds(1), null, null, null,
                        null, null, null, Map.of()),
                List.of(), Map.of(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.start") != null);

        // while the test runs: the app container restarts twice and the deployment is scaled out
        KubernetesMockResource.client().pods().inNamespace("default").resource(KubernetesMockResource.pod(2))
                .update();
        Deployment checkout = KubernetesMockResource.client().apps().deployments().inNamespace("default")
                .withName("checkout").get();
        checkout.getSpec().setReplicas(3);
        KubernetesMockResource.client().apps().deployments().inNamespace("default").resource(checkout).update();

        publish(Topics.TEST_COMPLETED, testId, new TestCompleted(testId, TestStatus.COMPLETED, null, null, "native", 1,
                1, start, Instant.now(), null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.end") != null);

        JsonPath k8s = given().get("/api/tests/" + testId + "/environment").then().statusCode(200).extract()
                .jsonPath().setRootPath("kubernetes");
        assertThat(k8s.getString("error")).isNull();
        assertThat(k8s.getString("start.serverVersion")).isEqualTo("v1.31");
        assertThat(k8s.getString("start.nodes[0].name")).isEqualTo("node-1");
        assertThat(k8s.getString("start.nodes[0].cpuCapacity")).isEqualTo("4");
        assertThat(k8s.getString("start.nodes[0].memoryAllocatable")).isEqualTo("15Gi");
        assertThat(k8s.getString("start.nodes[0].kubeletVersion")).isEqualTo("v1.31.4");
        assertThat(k8s.getString("start.nodes[0].containerRuntime")).isEqualTo("containerd://1.7.22");
        assertThat(k8s.getString("start.nodes[0].architecture")).isEqualTo("amd64");
        assertThat(k8s.getString("start.pods[0].name")).isEqualTo("checkout-1");
        assertThat(k8s.getBoolean("start.pods[0].ready")).isTrue();
        assertThat(k8s.getString("start.pods[0].sidecar")).isEqualTo("istio-proxy");
        assertThat(k8s.getList("start.pods[0].images", String.class)).contains("shop/checkout:2.3");
        assertThat(k8s.getInt("start.deployments[0].replicas")).isEqualTo(2);
        assertThat(k8s.getString("start.meshes[0].name")).isEqualTo("istio");
        assertThat(k8s.getString("start.meshes[0].version")).isEqualTo("1.24.2");
        assertThat(k8s.getString("start.meshes[0].controlPlaneNamespace")).isEqualTo("istio-system");
        assertThat(k8s.getList("start.meshes[0].injectedNamespaces", String.class)).containsExactly("default");
        assertThat(k8s.getInt("end.pods[0].restarts")).isEqualTo(2);
        assertThat(k8s.getList("changes", String.class)).containsExactlyInAnyOrder(
                "pod default/checkout-1 restarted 2 time(s)",
                "deployment default/checkout scaled from 2 to 3 replicas");
    }

    private void publish(String topic, String key, Object event) throws Exception {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new EventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        }
    }
}

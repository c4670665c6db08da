package dev.meshperf.metrics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.meshperf.contracts.events.ProfileRef;
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
 * What changed between runs, on the real broker and PostgreSQL, with the cluster on Fabric8's <b>mock</b> API server
 * in CRUD mode (no cluster can run here) holding CRD-shaped Istio, Linkerd and Gateway API objects: runs are
 * requested and completed through Kafka while the test changes the mesh's configuration between them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(value = KubernetesMockResource.class, restrictToAnnotatedClass = true)
class EnvironmentCompareTest {

    private static final ProfileRef PROFILE = new ProfileRef("p-checkout", "checkout", 3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheMtlsModeAndARetryPolicyDifferSoExactlyThoseTwoAreNamedFirst() throws Exception {
        spec("security.istio.io/v1", "PeerAuthentication", "istio-system", "default",
                spec -> ((Map<String, Object>) spec.get("mtls")).put("mode", "PERMISSIVE"));
        spec("networking.istio.io/v1", "VirtualService", "default", "checkout", spec -> retries(spec).put(
                "attempts", 3));
        String before = run("native");

        spec("security.istio.io/v1", "PeerAuthentication", "istio-system", "default",
                spec -> ((Map<String, Object>) spec.get("mtls")).put("mode", "STRICT"));
        spec("networking.istio.io/v1", "VirtualService", "default", "checkout", spec -> retries(spec).put(
                "attempts", 5));
        String after = run("native");

        KubernetesClient k8s = KubernetesMockResource.client();
        Deployment checkout = k8s.apps().deployments().inNamespace("default").withName("checkout").get();
        int replicas = checkout.getSpec().getReplicas();
        checkout.getSpec().setReplicas(replicas + 2);
        k8s.apps().deployments().inNamespace("default").resource(checkout).update();
        String scaled = run("wrk2");

        JsonPath c = given().queryParam("ids", before + "," + after + "," + scaled).get("/api/environment/compare")
                .then().statusCode(200).extract().jsonPath();
        assertThat(c.getList("testIds", String.class)).containsExactly(before, after, scaled);
        assertThat(c.getString("runs[0].testId")).isEqualTo(after);
        assertThat(c.getString("runs[0].against")).isEqualTo(before);
        List<Map<String, Object>> differences = c.getList("runs[0].differences");
        assertThat(differences).containsExactly(
                Map.of("category", "mtls", "subject", "PeerAuthentication istio-system/default", "field", "mtls.mode",
                        "before", "PERMISSIVE", "after", "STRICT", "description",
                        "mTLS mode PERMISSIVE → STRICT (PeerAuthentication istio-system/default, mesh-wide)"),
                Map.of("category", "traffic-policy", "subject", "VirtualService default/checkout", "field",
                        "http[0].retries.attempts", "before", "3", "after", "5", "description",
                        "retry attempts of http[0] 3 → 5 (VirtualService default/checkout, host checkout)"));
        assertThat(c.getList("runs[0].notes")).isEmpty();

        assertThat(c.getList("runs[1].differences.field", String.class)).containsExactly("mtls.mode",
                "http[0].retries.attempts", "replicas", "generator");
        assertThat(c.getList("runs[1].differences.description", String.class)).contains(
                "replicas of deployment default/checkout " + replicas + " → " + (replicas + 2),
                "generator native → wrk2");
    }

    @Test
    void theRunsToCompareAreChecked() {
        given().queryParam("ids", "only-one").get("/api/environment/compare").then().statusCode(400)
                .body("field", equalTo("ids")).body("detail", containsString("give 2 to 10 test ids"));
        given().queryParam("ids", "a,b,a").get("/api/environment/compare").then().statusCode(400)
                .body("field", equalTo("ids")).body("detail", containsString("appears twice"));
    }

    @Test
    void runsTheCollectorNeverSawAreNotedNotGuessed() {
        String a = "unseen-" + UUID.randomUUID();
        String b = "unseen-" + UUID.randomUUID();
        JsonPath c = given().queryParam("ids", a + "," + b).get("/api/environment/compare").then().statusCode(200)
                .extract().jsonPath();

        assertThat(c.getList("runs[0].differences")).isEmpty();
        assertThat(c.getList("runs[0].notes", String.class)).anyMatch(n -> n.startsWith("no Kubernetes context for "
                + a)).anyMatch(n -> n.startsWith("the request of " + b + " was not seen"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> retries(Map<String, Object> spec) {
        return (Map<String, Object>) ((List<Map<String, Object>>) spec.get("http")).get(0).get("retries");
    }

    /** Changes an object's spec in the cluster, as kubectl edit would. */
    private static void spec(String apiVersion, String kind, String namespace, String name,
            Consumer<Map<String, Object>> change) {
        KubernetesMockResource.client().genericKubernetesResources(apiVersion, kind).inNamespace(namespace)
                .withName(name).edit(r -> {
                    change.accept(r.get("spec"));
                    return r;
                });
    }

    /** A run of the checkout profile through Kafka, once its end snapshot is stored. */
    private String run(String generator) throws Exception {
        String testId = "compare-" + UUID.randomUUID();
        Instant start = Instant.now();
        publish(Topics.TEST_REQUESTED, testId, new TestRequested(testId, start, start, ShardRef.single(), generator,
                PROFILE, new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://checkout.default:8080/cart")),
                        "GET", List.of(), Map.of(), null, null, LoadModel.constant(50), 4, null, Duration.ofSeconds(1),
                        null, null, null, null, null, null, Map.of()),
                List.of(), Map.of(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.start") != null);
        publish(Topics.TEST_COMPLETED, testId, new TestCompleted(testId, TestStatus.COMPLETED, null, null, generator,
                1, 1, start, Instant.now(), null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/tests/" + testId + "/environment").then()
                .extract().jsonPath().get("kubernetes.end") != null);
        return testId;
    }

    private void publish(String topic, String key, Object event) throws Exception {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new EventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        }
    }
}

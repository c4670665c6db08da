package dev.meshperf.charts;

import static dev.meshperf.charts.ChartTest.CHART;
import static dev.meshperf.charts.ChartTest.render;
import static dev.meshperf.charts.ChartTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;

/**
 * The chart's security, rendered by the real helm library: locked-down containers, a NetworkPolicy per service, the
 * least RBAC the metrics collector needs, Kafka over TLS and SASL for the topic Job too, and where load may go.
 */
class ChartSecurityTest {

    private static List<JsonNode> podSpecs(Manifests m) {
        List<JsonNode> specs = new ArrayList<>();
        m.ofKind("Deployment").forEach(d -> specs.add(d.path("spec").path("template").path("spec")));
        m.ofKind("Job").forEach(j -> specs.add(j.path("spec").path("template").path("spec")));
        return specs;
    }

    @Test
    void everyContainerIsLockedDownWithAWritableTmpOnly() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("echoTarget.enabled", true));
        List<JsonNode> specs = podSpecs(m);
        assertThat(specs).hasSize(ChartTest.SERVICES.size() + 2);
        int containers = 0;
        for (JsonNode spec : specs) {
            assertThat(spec.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(spec.path("securityContext").path("seccompProfile").path("type").asText())
                    .isEqualTo("RuntimeDefault");
            List<String> emptyDirs = new ArrayList<>();
            spec.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode c : spec.path("containers")) {
                containers++;
                String name = c.path("name").asText();
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("allowPrivilegeEscalation").isBoolean()).as(name).isTrue();
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean()).as(name).isFalse();
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(strings(sc.path("capabilities").path("drop"))).as(name).containsExactly("ALL");
                assertThat(sc.path("capabilities").has("add")).as(name).isFalse();
                assertThat(sc.path("privileged").asBoolean(false)).as(name).isFalse();
                JsonNode tmp = null;
                for (JsonNode mount : c.path("volumeMounts")) {
                    if (mount.path("mountPath").asText().equals("/tmp")) {
                        tmp = mount;
                    }
                }
                assertThat(tmp).as(name + " mounts /tmp").isNotNull();
                assertThat(emptyDirs).as(name + "'s /tmp is an emptyDir").contains(tmp.path("name").asText());
            }
        }
        assertThat(containers).as("services, the fortio and nighthawk sidecars, the topic job")
                .isEqualTo(ChartTest.SERVICES.size() + 1 + 2 + 1);
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideAndOnlyRunnersAndTheCollectorReachOut() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("kafka.bootstrapServers", "b1:9093,b2:9094"));
        assertThat(m.ofKind("NetworkPolicy")).hasSameSizeAs(m.ofKind("Deployment"));
        for (String service : ChartTest.SERVICES) {
            JsonNode policy = m.get("NetworkPolicy", "-" + service);
            JsonNode spec = policy.path("spec");
            assertThat(spec.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                    .isEqualTo(service);
            assertThat(strings(spec.path("policyTypes"))).containsExactly("Ingress", "Egress");
            JsonNode ingress = spec.path("ingress");
            assertThat(ingress).hasSize(1);
            if (service.equals("gateway")) {
                assertThat(ingress.get(0).has("from")).as("anyone may reach the gateway").isFalse();
            } else {
                JsonNode from = ingress.get(0).path("from");
                assertThat(from).as(service).hasSize(1);
                assertThat(from.get(0).path("podSelector").path("matchLabels")).as(service).isEqualTo(Manifests.JSON
                        .valueToTree(Map.of("app.kubernetes.io/part-of", "meshperf", "app.kubernetes.io/instance",
                                "perf")));
                assertThat(from.get(0).has("namespaceSelector")).isFalse();
            }
            String egress = spec.path("egress").toString();
            assertThat(egress).contains("{\"port\":53,\"protocol\":\"UDP\"}").contains("\"port\":9093")
                    .contains("\"port\":9094");
            boolean outward = service.startsWith("runner-") || service.equals("metrics-collector");
            assertThat(egress.contains("0.0.0.0/0")).as(service + " reaches outside").isEqualTo(outward);
            if (outward) {
                assertThat(egress).contains("\"except\":[\"169.254.0.0/16\",\"100.100.100.200/32\"]")
                        .contains("\"except\":[\"fe80::/10\",\"fd00:ec2::254/128\"]");
            }
            boolean database = List.of("profile", "analysis", "scheduler", "metrics-collector").contains(service);
            assertThat(egress.contains("\"port\":5432")).as(service + " reaches PostgreSQL").isEqualTo(database);
        }

        Manifests opened = render(new Helm(CHART).template().set("networkPolicy.gatewayFrom[0].namespaceSelector"
                + ".matchLabels.ingress", "yes").set("networkPolicy.metricsFrom[0].namespaceSelector.matchLabels"
                        + ".name", "monitoring"));
        JsonNode gateway = opened.get("NetworkPolicy", "-gateway").path("spec").path("ingress");
        assertThat(gateway.get(0).path("from").toString()).contains("\"ingress\":\"yes\"");
        assertThat(opened.get("NetworkPolicy", "-analysis").path("spec").path("ingress").get(1).toString())
                .contains("monitoring");
        assertThat(render(new Helm(CHART).template().set("networkPolicy.enabled", false)).ofKind("NetworkPolicy"))
                .isEmpty();
    }

    @Test
    void theCollectorGetsNamespacedRolesWhenNamespacesAreListedAndAClusterRoleOnlyWhenNot() throws Exception {
        Manifests listed = render(new Helm(CHART).template().set("metricsCollector.kubernetes.namespaces[0]", "shop")
                .set("metricsCollector.kubernetes.namespaces[1]", "payments")
                .set("metricsCollector.kubernetes.meshNamespaces[0]", "istio-system")
                .set("metricsCollector.kubernetes.meshNamespaces[1]", "linkerd"));
        List<String> namespaces = listed.ofKind("Role").stream().map(r -> r.path("metadata").path("namespace")
                .asText()).toList();
        assertThat(namespaces).containsExactlyInAnyOrder("shop", "payments", "istio-system", "linkerd");
        assertThat(listed.ofKind("RoleBinding")).hasSize(4).allSatisfy(b -> assertThat(b.path("subjects").get(0)
                .path("namespace").asText()).isEqualTo("loadtest"));
        for (JsonNode role : listed.ofKind("Role")) {
            assertReadOnly(role);
            assertThat(role.toString()).contains("pods").contains("deployments");
        }
        JsonNode cluster = listed.get("ClusterRole", "-metrics-collector-cluster");
        assertReadOnly(cluster);
        List<String> clusterWide = new ArrayList<>();
        cluster.path("rules").forEach(r -> clusterWide.addAll(strings(r.path("resources"))));
        assertThat(clusterWide).as("only what no Role can grant").containsExactlyInAnyOrder("nodes", "namespaces",
                "nodes");
        assertThat(listed.find("ClusterRole", "perf-meshperf-metrics-collector")).isEmpty();

        Manifests all = render(new Helm(CHART).template());
        assertThat(all.ofKind("Role")).isEmpty();
        JsonNode role = all.get("ClusterRole", "-metrics-collector");
        assertReadOnly(role);
        assertThat(role.toString()).contains("pods").contains("nodes").contains("deployments");
    }

    private static void assertReadOnly(JsonNode role) {
        for (JsonNode rule : role.path("rules")) {
            assertThat(strings(rule.path("verbs"))).isSubsetOf("get", "list", "watch");
        }
    }

    @Test
    void theTopicJobSpeaksKafkaOverTlsAndSaslLikeTheServices() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("kafka.securityProtocol", "SASL_SSL")
                .set("kafka.sasl.mechanism", "SCRAM-SHA-512").set("kafka.sasl.existingSecret", "kafka-user")
                .set("kafka.tls.truststoreSecret", "kafka-ca"));
        JsonNode job = m.get("Job", "-topics-1");
        JsonNode container = job.path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, String> env = m.environment(job);
        assertThat(env).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SASL_JAAS_CONFIG", "<from secretKeyRef>")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_PASSWORD", "<from secretKeyRef>")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/meshperf/kafka-tls/truststore.p12");
        String script = container.path("args").get(0).asText();
        assertThat(script).contains("--command-config \"$config\"").contains("sasl.jaas.config=")
                .contains("ssl.truststore.location=").doesNotContain("kafka-user");
        assertThat(job.path("spec").path("template").path("spec").path("volumes").toString()).contains("kafka-ca");
        for (JsonNode d : m.ofKind("Deployment")) {
            assertThat(m.environment(d)).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/meshperf/kafka-tls/truststore.p12");
        }
        Manifests plain = render(new Helm(CHART).template());
        assertThat(plain.environment(plain.get("Job", "-topics-1")))
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").doesNotContainKey("KAFKA_SASL_JAAS_CONFIG");
    }

    @Test
    void theEgressListsAndTheProfileKeyReachTheServicesThatCheckOrSealThem() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("egress.allow[0]", "*.shop.svc.cluster.local")
                .set("egress.allow[1]", "10.0.0.0/8").set("egress.deny[0]", "10.9.0.0/16")
                .set("encryption.key", "k".repeat(40)));
        for (String service : List.of("profile", "runner-native", "runner-wrk2", "metrics-collector")) {
            assertThat(m.environment(m.get("Deployment", "-" + service))).as(service)
                    .containsEntry("MESHPERF_EGRESS_ALLOW", "*.shop.svc.cluster.local,10.0.0.0/8")
                    .containsEntry("MESHPERF_EGRESS_DENY", "10.9.0.0/16");
        }
        assertThat(m.environment(m.get("Deployment", "-profile")))
                .containsEntry("MESHPERF_PROFILE_ENCRYPTION_KEY", "<from secretKeyRef>");
        assertThat(m.environment(m.get("Deployment", "-gateway"))).doesNotContainKey("MESHPERF_PROFILE_ENCRYPTION_KEY")
                .doesNotContainKey("MESHPERF_METRICS_ENCRYPTION_KEY");
        Manifests defaults = render(new Helm(CHART).template());
        assertThat(defaults.environment(defaults.get("Deployment", "-profile")))
                .doesNotContainKey("MESHPERF_EGRESS_ALLOW").doesNotContainKey("MESHPERF_PROFILE_ENCRYPTION_KEY");
    }
}

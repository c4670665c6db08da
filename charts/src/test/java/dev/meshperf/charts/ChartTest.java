package dev.meshperf.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/** The Helm chart, linted and rendered by the real helm library (helm-java); nothing here reaches a cluster. */
class ChartTest {

    static final Path CHART = Path.of("meshperf");
    static final List<String> SERVICES = List.of("gateway", "profile", "analysis", "scheduler", "runner-native",
            "metrics-collector", "runner-wrk2", "runner-fortio", "runner-nighthawk");

    static Manifests render(TemplateCommand command) throws Exception {
        return Manifests.parse(command.withName("perf").withNamespace("loadtest").call());
    }

    @Test
    void lintsClean() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
    }

    @Test
    void defaultsDeployEveryServiceWithProbesOnTheBrokerAndTheirDatabases() throws Exception {
        Manifests m = render(new Helm(CHART).template());
        assertThat(m.ofKind("Deployment")).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(s -> "perf-meshperf-" + s).toList());
        for (String service : SERVICES) {
            JsonNode d = m.get("Deployment", "-" + service);
            JsonNode container = d.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("image").asText()).isEqualTo("ghcr.io/meshperf/meshperf-" + service + ":0.1.0");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
            assertThat(m.environment(d)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
            assertThat(m.get("Service", "-" + service).path("spec").path("ports").get(0).path("targetPort")
                    .asText()).isEqualTo("http");
        }
        assertThat(m.environment(m.get("Deployment", "-analysis"))).containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://postgres:5432/analysis").containsEntry("QUARKUS_DATASOURCE_PASSWORD",
                        "<from secretKeyRef>");
        assertThat(m.environment(m.get("Deployment", "-gateway"))).containsEntry("QUARKUS_REST_CLIENT_PROFILE_URL",
                "http://perf-meshperf-profile").containsEntry("MESHPERF_GATEWAY_TOKENS", "<from secretKeyRef>");
        assertThat(m.environment(m.get("Deployment", "-metrics-collector"))).containsEntry(
                "MESHPERF_METRICS_PROFILE_URL", "http://perf-meshperf-profile");
        assertThat(m.get("Deployment", "-runner-native").path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(m.get("Deployment", "-scheduler").path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(m.find("HorizontalPodAutoscaler", "-runner-native")).isEmpty();
        assertThat(m.find("Ingress", "-gateway")).isEmpty();
        assertThat(m.find("ServiceMonitor", "meshperf")).isEmpty();
        JsonNode job = m.get("Job", "-topics-1");
        assertThat(job.path("spec").path("template").path("spec").path("containers").get(0).path("args").get(0)
                .asText()).contains("--partitions 12").contains("test.samples");
    }

    @Test
    void nonDefaultValuesReachTheManifests() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("kafka.bootstrapServers", "b1.kafka:9093,b2.kafka:9093")
                .set("kafka.securityProtocol", "SASL_SSL").set("kafka.sasl.mechanism", "SCRAM-SHA-512")
                .set("kafka.sasl.existingSecret", "kafka-user").set("runners.native.replicas", 7)
                .set("kafka.topics.partitions", 48).set("gateway.ingress.enabled", true)
                .set("gateway.ingress.host", "perf.example.org").set("serviceMonitor.enabled", true)
                .set("image.repository", "registry.local/perf").set("image.tag", "1.2.3")
                .set("echoTarget.enabled", true));
        for (JsonNode d : m.ofKind("Deployment")) {
            assertThat(m.environment(d)).as(d.path("metadata").path("name").asText())
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "b1.kafka:9093,b2.kafka:9093")
                    .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_JAAS_CONFIG", "<from secretKeyRef>");
            assertThat(d.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText())
                    .startsWith("registry.local/perf/meshperf-").endsWith(":1.2.3");
        }
        assertThat(m.ofKind("Deployment")).hasSize(SERVICES.size() + 1);
        assertThat(m.get("Deployment", "-runner-native").path("spec").path("replicas").asInt()).isEqualTo(7);
        assertThat(m.get("Ingress", "-gateway").path("spec").path("rules").get(0).path("host").asText())
                .isEqualTo("perf.example.org");
        assertThat(m.get("ServiceMonitor", "meshperf").path("spec").path("endpoints").get(0).path("path").asText())
                .isEqualTo("/q/metrics");
        assertThat(m.get("Job", "-topics-1").toString()).contains("--partitions 48");

        Manifests scaled = render(new Helm(CHART).template().set("runners.native.autoscaling.enabled", true)
                .set("runners.native.autoscaling.maxReplicas", 20));
        assertThat(scaled.get("Deployment", "-runner-native").path("spec").has("replicas")).isFalse();
        JsonNode hpa = scaled.get("HorizontalPodAutoscaler", "-runner-native");
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isEqualTo(20);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo("perf-meshperf-runner-native");
    }

    static JsonNode container(JsonNode deployment, String name) {
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no container " + name + " in " + deployment.path("metadata").path("name"));
    }

    static List<String> containerNames(JsonNode deployment) {
        List<String> names = new ArrayList<>();
        deployment.path("spec").path("template").path("spec").path("containers")
                .forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The value after {@code flag} in a container's arguments. */
    static String after(List<String> args, String flag) {
        int at = args.indexOf(flag);
        assertThat(at).as("%s in %s", flag, args).isNotNegative().isLessThan(args.size() - 1);
        return args.get(at + 1);
    }

    @Test
    void everyGeneratorIsOnByDefaultWithTheToolItsRunnerLooksFor() throws Exception {
        Manifests m = render(new Helm(CHART).template());
        JsonNode config = m.get("ConfigMap", "-config").path("data");
        assertThat(config.path("MESHPERF_PROFILE_GENERATORS").asText()).isEqualTo("native,wrk2,fortio,nighthawk");
        for (String generator : List.of("native", "wrk2", "fortio", "nighthawk")) {
            assertThat(config.path("MESHPERF_PROFILE_RUNNERS_" + generator.toUpperCase()).asText())
                    .isEqualTo("http://perf-meshperf-runner-" + generator);
        }

        // wrk2: both binaries in the runner image, at the paths the runner is given (WrkBinaries probes them)
        JsonNode wrk2 = m.get("Deployment", "-runner-wrk2");
        assertThat(containerNames(wrk2)).containsExactly("runner-wrk2");
        Map<String, String> wrkEnv = m.environment(wrk2);
        assertThat(wrkEnv).containsEntry("MESHPERF_WRK_WRK2_BINARY", "/usr/local/bin/wrk2")
                .containsEntry("MESHPERF_WRK_WRK_BINARY", "/usr/bin/wrk");
        WrkImage image = WrkImage.read();
        assertThat(image.wrk2Path()).isEqualTo(wrkEnv.get("MESHPERF_WRK_WRK2_BINARY"));
        assertThat(image.debianWrk()).as("Debian's wrk package installs /usr/bin/wrk").isTrue();
        assertThat(image.environment()).containsEntry("MESHPERF_WRK_WRK2_BINARY", "/usr/local/bin/wrk2")
                .containsEntry("MESHPERF_WRK_WRK_BINARY", "/usr/bin/wrk");

        // fortio: fortio server beside the runner on 127.0.0.1, its REST status probed where the runner asks
        JsonNode fortio = m.get("Deployment", "-runner-fortio");
        assertThat(containerNames(fortio)).containsExactly("runner-fortio", "fortio");
        JsonNode server = container(fortio, "fortio");
        assertThat(server.path("image").asText()).isEqualTo("fortio/fortio:1.75.2");
        List<String> args = strings(server.path("args"));
        assertThat(args.get(0)).isEqualTo("server");
        String listen = after(args, "-http-port");
        assertThat(listen).isEqualTo("127.0.0.1:8088");
        for (String other : List.of("-grpc-port", "-redirect-port", "-tcp-port", "-udp-port")) {
            assertThat(after(args, other)).isEqualTo("disabled");
        }
        assertThat(args).doesNotContain("-ui-path");
        String serverUrl = m.environment(fortio).get("MESHPERF_FORTIO_SERVER_URL");
        assertThat(serverUrl).isEqualTo("http://" + listen);
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            assertThat(strings(server.path(probe).path("exec").path("command")))
                    .containsExactly("/usr/bin/fortio", "curl", serverUrl + "/fortio/rest/status");
        }
        assertThat(server.path("resources").path("requests").path("cpu").asText()).isEqualTo("1");
        assertThat(server.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
        assertThat(server.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/var/lib/fortio");
        assertThat(fortio.path("spec").path("template").path("spec").path("volumes").get(0).path("emptyDir")
                .isObject()).isTrue();

        // Nighthawk: nighthawk_service beside the runner, listening where the runner's gRPC client connects
        JsonNode nighthawk = m.get("Deployment", "-runner-nighthawk");
        assertThat(containerNames(nighthawk)).containsExactly("runner-nighthawk", "nighthawk");
        JsonNode service = container(nighthawk, "nighthawk");
        assertThat(service.path("image").asText())
                .isEqualTo("envoyproxy/nighthawk-dev:a3aec2a033345a3fc2bda110a0ef95a5bbc0cd2d");
        assertThat(strings(service.path("command"))).containsExactly("/usr/local/bin/nighthawk_service");
        Map<String, String> nighthawkEnv = m.environment(nighthawk);
        assertThat(after(strings(service.path("args")), "--listen")).isEqualTo(nighthawkEnv.get(
                "QUARKUS_GRPC_CLIENTS_NIGHTHAWK_HOST") + ":" + nighthawkEnv.get("QUARKUS_GRPC_CLIENTS_NIGHTHAWK_PORT"))
                .isEqualTo("127.0.0.1:8443");
        assertThat(nighthawkEnv).containsEntry("MESHPERF_RUNNER_MAX_CONCURRENT_SHARDS", "1");
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            assertThat(strings(service.path(probe).path("exec").path("command")))
                    .containsExactly("/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8443");
        }
        assertThat(service.path("resources").path("requests").path("cpu").asText()).isEqualTo("1");
        assertThat(service.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
    }

    @Test
    void eachGeneratorCanBeTurnedOffOrPointedAtAToolOutsideThePod() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("runners.wrk2.enabled", false)
                .set("runners.fortio.serverUrl", "http://fortio:8080").set("runners.nighthawk.host", "nighthawk")
                .set("runners.nighthawk.concurrency", 4));
        JsonNode config = m.get("ConfigMap", "-config").path("data");
        assertThat(config.path("MESHPERF_PROFILE_GENERATORS").asText()).isEqualTo("native,fortio,nighthawk");
        assertThat(config.has("MESHPERF_PROFILE_RUNNERS_WRK2")).isFalse();
        assertThat(m.find("Deployment", "-runner-wrk2")).isEmpty();
        assertThat(m.find("Service", "-runner-wrk2")).isEmpty();
        JsonNode fortio = m.get("Deployment", "-runner-fortio");
        assertThat(containerNames(fortio)).containsExactly("runner-fortio");
        assertThat(fortio.path("spec").path("template").path("spec").path("volumes").toString())
                .doesNotContain("fortio-data");
        assertThat(m.environment(fortio)).containsEntry("MESHPERF_FORTIO_SERVER_URL", "http://fortio:8080");
        JsonNode nighthawk = m.get("Deployment", "-runner-nighthawk");
        assertThat(containerNames(nighthawk)).containsExactly("runner-nighthawk");
        assertThat(m.environment(nighthawk)).containsEntry("QUARKUS_GRPC_CLIENTS_NIGHTHAWK_HOST", "nighthawk")
                .containsEntry("QUARKUS_GRPC_CLIENTS_NIGHTHAWK_PORT", "8443")
                .containsEntry("MESHPERF_NIGHTHAWK_CONCURRENCY", "4");

        Manifests nativeOnly = render(new Helm(CHART).template().set("runners.wrk2.enabled", false)
                .set("runners.fortio.enabled", false).set("runners.nighthawk.enabled", false));
        assertThat(nativeOnly.get("ConfigMap", "-config").path("data").path("MESHPERF_PROFILE_GENERATORS").asText())
                .isEqualTo("native");
        assertThat(nativeOnly.ofKind("Deployment")).extracting(d -> d.path("metadata").path("name").asText())
                .noneMatch(name -> name.contains("runner-wrk2") || name.contains("fortio")
                        || name.contains("nighthawk"));

        Manifests pinned = render(new Helm(CHART).template().set("runners.fortio.sidecar.image.tag", "1.74.0")
                .set("runners.fortio.sidecar.port", 9099));
        JsonNode other = pinned.get("Deployment", "-runner-fortio");
        assertThat(container(other, "fortio").path("image").asText()).isEqualTo("fortio/fortio:1.74.0");
        assertThat(pinned.environment(other)).containsEntry("MESHPERF_FORTIO_SERVER_URL", "http://127.0.0.1:9099");

        assertThatThrownBy(() -> render(new Helm(CHART).template().set("runners.fortio.serverUrl", "fortio:8080")))
                .hasMessageContaining("serverUrl");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("runners.fortio.sidecar.port", 8080)))
                .as("the runner's own port").hasMessageContaining("port");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("runners.nighthawk.sidecar.image.tag", "")))
                .hasMessageContaining("tag");
    }

    @Test
    void theMetricsCollectorMayOnlyRead() throws Exception {
        Manifests m = render(new Helm(CHART).template());
        assertThat(m.ofKind("Role")).as("no namespaces listed: one ClusterRole").isEmpty();
        JsonNode role = m.get("ClusterRole", "-metrics-collector");
        List<String> resources = new ArrayList<>();
        Map<String, List<String>> byGroup = new TreeMap<>();
        for (JsonNode rule : role.path("rules")) {
            rule.path("verbs").forEach(v -> assertThat(v.asText()).isIn("get", "list", "watch"));
            rule.path("resources").forEach(r -> resources.add(r.asText()));
            rule.path("apiGroups").forEach(g -> rule.path("resources").forEach(r -> byGroup.computeIfAbsent(g
                    .asText(), k -> new ArrayList<>()).add(r.asText())));
        }
        assertThat(resources).contains("nodes", "namespaces", "pods", "deployments");
        assertThat(role.toString()).contains("metrics.k8s.io");
        // the policies in effect for a run: exactly the kinds the collector reads, and nothing of them written
        assertThat(byGroup).containsEntry("security.istio.io", List.of("peerauthentications",
                "authorizationpolicies")).containsEntry("networking.istio.io", List.of("destinationrules",
                        "virtualservices", "sidecars", "envoyfilters"))
                .containsEntry("telemetry.istio.io", List.of("telemetries"))
                .containsEntry("policy.linkerd.io", List.of("servers", "serverauthorizations",
                        "authorizationpolicies", "httproutes"))
                .containsEntry("linkerd.io", List.of("serviceprofiles"))
                .containsEntry("gateway.networking.k8s.io", List.of("httproutes", "grpcroutes"))
                .containsEntry("autoscaling", List.of("horizontalpodautoscalers"));
        assertThat(byGroup.get("")).contains("events");
        for (JsonNode rule : role.path("rules")) {
            boolean added = rule.path("resources").toString().equals("[\"events\"]") || !List.of("", "apps",
                    "metrics.k8s.io").contains(rule.path("apiGroups").get(0).asText());
            if (added) {
                assertThat(rule.path("verbs").toString()).as(rule.toString()).isEqualTo("[\"get\",\"list\"]");
            }
        }
        JsonNode binding = m.get("ClusterRoleBinding", "-metrics-collector");
        assertThat(binding.path("subjects").get(0).path("namespace").asText()).isEqualTo("loadtest");
        Manifests none = render(new Helm(CHART).template().set("metricsCollector.rbac.create", false));
        assertThat(none.ofKind("ClusterRole")).isEmpty();
        assertThat(none.ofKind("Role")).isEmpty();
    }

    @Test
    void theMetricsCollectorGetsItsDatabaseAccountAndEncryptionKey() throws Exception {
        Manifests m = render(new Helm(CHART).template().set("encryption.key", "k".repeat(40)));
        JsonNode d = m.get("Deployment", "-metrics-collector");
        assertThat(m.environment(d)).containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://postgres:5432/metrics").containsEntry("MESHPERF_METRICS_ENCRYPTION_KEY",
                        "<from secretKeyRef>");
        assertThat(d.path("spec").path("template").path("spec").path("serviceAccountName").asText())
                .isEqualTo("perf-meshperf-metrics-collector");
        assertThat(m.environment(d)).containsEntry("MESHPERF_METRICS_KUBERNETES_ENABLED", "true")
                .containsEntry("MESHPERF_METRICS_KUBERNETES_NAMESPACES", "default");
        assertThat(m.environment(m.get("Deployment", "-gateway"))).containsEntry("QUARKUS_REST_CLIENT_METRICS_URL",
                "http://perf-meshperf-metrics-collector");
        assertThat(m.environment(render(new Helm(CHART).template()).get("Deployment", "-metrics-collector")))
                .doesNotContainKey("MESHPERF_METRICS_ENCRYPTION_KEY");
    }

    @Test
    void secretsStayInSecrets() throws Exception {
        String token = "tok-3b8e1f0c9d2a47e6a1";
        String key = "k-0123456789abcdef0123456789abcdef";
        Manifests m = render(new Helm(CHART).template().set("gateway.tokens[0]", token).set("encryption.key", key));
        for (JsonNode map : m.ofKind("ConfigMap")) {
            assertThat(map.toString()).doesNotContain(token).doesNotContain(key);
        }
        for (JsonNode d : m.ofKind("Deployment")) {
            assertThat(d.toString()).doesNotContain(token).doesNotContain(key);
        }
        assertThat(m.get("Secret", "-secrets").path("stringData").path("tokens").asText()).isEqualTo(token);
        JsonNode encryption = m.get("Secret", "-encryption");
        assertThat(encryption.path("stringData").path("encryption-key").asText()).isEqualTo(key);
        assertThat(encryption.path("metadata").path("annotations").path("helm.sh/resource-policy").asText())
                .isEqualTo("keep");
        assertThat(render(new Helm(CHART).template()).find("Secret", "-encryption")).isEmpty();

        Manifests external = render(new Helm(CHART).template().set("gateway.existingSecret", "my-tokens")
                .set("encryption.existingSecret", "my-key"));
        assertThat(external.find("Secret", "-secrets")).isEmpty();
        assertThat(external.find("Secret", "-encryption")).isEmpty();
        assertThat(external.get("Deployment", "-gateway").toString()).contains("my-tokens");
    }

    @Test
    void aWrongValueFailsWithTheSchemasMessage() {
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("kafka.securityProtocol", "TLS")))
                .hasMessageContaining("securityProtocol");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("runners.native.replicas", -1)))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("kafka.topics.partitions", 0)))
                .hasMessageContaining("partitions");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("gateway.replica", 2)))
                .hasMessageContaining("replica");
        assertThatThrownBy(() -> render(new Helm(CHART).template().set("scheduler.misfireWindow", "5 minutes")))
                .hasMessageContaining("misfireWindow");
    }

    @Test
    void everyDeployedServiceHasAnImageDefinition() throws Exception {
        for (String service : Stream.concat(SERVICES.stream(), Stream.of("echo-target")).toList()) {
            Path dockerfile = Path.of("..", "services", service, "src", "main", "docker", "Dockerfile.jvm");
            assertThat(dockerfile).exists();
            String text = Files.readString(dockerfile);
            assertThat(text).as(service).contains("target/quarkus-app/").contains("EXPOSE 8080").contains("USER 185");
        }
    }
}

package dev.meshperf.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;

/**
 * docker-compose.yml, read as data: Docker cannot run here, so this checks its structure against the Helm chart
 * (the same services, topics, partitions and container port) and that every file it mounts exists.
 */
class ComposeTest {

    static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    static final Pattern TOPICS = Pattern.compile("for t in ([a-z. ]+); do");
    static final Pattern PARTITIONS = Pattern.compile("--partitions (\\d+)");
    static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:-(.*)}");

    static JsonNode compose() throws Exception {
        return Manifests.YAML.readTree(Files.readString(COMPOSE));
    }

    static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("%s in %s", p, text).isTrue();
        return m.group(1);
    }

    @Test
    void everyPartIsThereWithHealthChecksAndStartOrder() throws Exception {
        JsonNode services = compose().path("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("kafka", "kafka-topics", "postgres", "prometheus", "grafana")
                .containsAll(ChartTest.SERVICES).contains("echo-target");
        assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
        assertThat(services.path("kafka").path("environment").path("KAFKA_PROCESS_ROLES").asText())
                .isEqualTo("broker,controller");
        for (String service : ChartTest.SERVICES) {
            JsonNode s = services.path(service);
            assertThat(s.path("build").path("context").asText()).isEqualTo("services/" + service);
            assertThat(Path.of("..", "services", service).resolve(s.path("build").path("dockerfile").asText()))
                    .exists();
            assertThat(s.path("healthcheck").path("test").toString()).contains("/q/health/ready");
            assertThat(s.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            assertThat(s.path("depends_on").path("kafka-topics").path("condition").asText())
                    .isEqualTo("service_completed_successfully");
        }
        for (String withDatabase : List.of("profile", "analysis", "scheduler")) {
            JsonNode s = services.path(withDatabase);
            assertThat(s.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(s.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + withDatabase);
            assertThat(Files.readString(Path.of("compose", "postgres-init.sql"))).contains("CREATE DATABASE "
                    + withDatabase + ";");
        }
        assertThat(services.path("gateway").path("ports").get(0).asText()).isEqualTo("8090:8080");
    }

    @Test
    void theSameTopicsPartitionsAndPortAsTheChart() throws Exception {
        JsonNode services = compose().path("services");
        Manifests chart = Manifests.parse(new Helm(ChartTest.CHART).template().withName("perf").call());
        String job = chart.get("Job", "-topics-1").toString();
        String topicsCommand = services.path("kafka-topics").path("command").get(0).asText();
        assertThat(match(TOPICS, topicsCommand)).isEqualTo(match(TOPICS, job));
        assertThat(match(PARTITIONS, topicsCommand)).isEqualTo(match(PARTITIONS, job));
        int chartPort = chart.get("Deployment", "-gateway").path("spec").path("template").path("spec")
                .path("containers").get(0).path("ports").get(0).path("containerPort").asInt();
        for (String service : ChartTest.SERVICES) {
            assertThat(services.path(service).path("environment").path("QUARKUS_HTTP_PORT").asText())
                    .isEqualTo(Integer.toString(chartPort));
        }
    }

    @Test
    void prometheusScrapesEveryServiceAndGrafanaGetsTheChartsDashboard() throws Exception {
        JsonNode services = compose().path("services");
        List<String> mounts = new ArrayList<>();
        services.path("prometheus").path("volumes").forEach(v -> mounts.add(v.asText()));
        services.path("grafana").path("volumes").forEach(v -> mounts.add(v.asText()));
        for (String mount : mounts) {
            assertThat(Path.of("..").resolve(mount.split(":")[0])).as(mount).exists();
        }
        String prometheus = Files.readString(Path.of("compose", "prometheus.yml"));
        JsonNode scrape = Manifests.YAML.readTree(prometheus);
        assertThat(scrape.toString()).contains("/q/metrics");
        for (String service : ChartTest.SERVICES) {
            assertThat(prometheus).contains(service);
        }
        JsonNode dashboard = Manifests.JSON.readTree(Files.readString(Path.of("meshperf", "files",
                "meshperf-dashboard.json")));
        assertThat(dashboard.path("title").asText()).isEqualTo("meshperf");
        assertThat(dashboard.toString()).contains("meshperf_runner_requests_total")
                .contains("meshperf_runner_latency_p99_milliseconds").contains("count(meshperf_runner_shards)");
        Manifests chart = Manifests.parse(new Helm(ChartTest.CHART).template().withName("perf").call());
        JsonNode map = chart.get("ConfigMap", "-dashboard");
        assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        assertThat(Manifests.JSON.readTree(map.path("data").path("meshperf-dashboard.json").asText()))
                .isEqualTo(dashboard);
    }
    static List<String> strings(JsonNode array) {
        return ChartTest.strings(array);
    }

    /** A value as Compose reads it: {@code ${NAME:-default}} is its default when NAME is not set. */
    static String resolved(String value) {
        Matcher m = DEFAULTED.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /** Each peer address a service reads (a default only fits the embedded default, where all are on 127.0.0.1). */
    @Test
    void theMetricsCollectorIsToldWhereTheProfileServiceIs() throws Exception {
        JsonNode collector = compose().path("services").path("metrics-collector").path("environment");
        assertThat(collector.path("MESHPERF_METRICS_PROFILE_URL").asText()).isEqualTo("http://profile:8080");
        assertThat(collector.has("QUARKUS_REST_CLIENT_SCHEDULER_URL")).as("the collector has no scheduler client")
                .isFalse();
    }

    @Test
    void everyGeneratorRunsWithItsToolAndItsRunnerIsToldWhere() throws Exception {
        JsonNode services = compose().path("services");
        Manifests chart = Manifests.parse(new Helm(ChartTest.CHART).template().withName("perf").call());
        JsonNode profile = services.path("profile").path("environment");
        assertThat(resolved(profile.path("MESHPERF_PROFILE_GENERATORS").asText())).isEqualTo(chart.get("ConfigMap",
                "-config").path("data").path("MESHPERF_PROFILE_GENERATORS").asText()).isEqualTo(
                        "native,wrk2,fortio,nighthawk");
        for (String generator : List.of("native", "wrk2", "fortio", "nighthawk")) {
            assertThat(profile.path("MESHPERF_PROFILE_RUNNERS_" + generator.toUpperCase()).asText())
                    .isEqualTo("http://runner-" + generator + ":8080");
            assertThat(services.has("runner-" + generator)).isTrue();
        }

        // wrk2: the image's binaries, at the paths the chart gives the runner too
        Map<String, String> chartWrk = chart.environment(chart.get("Deployment", "-runner-wrk2"));
        JsonNode wrk = services.path("runner-wrk2").path("environment");
        for (String key : List.of("MESHPERF_WRK_WRK2_BINARY", "MESHPERF_WRK_WRK_BINARY")) {
            assertThat(wrk.path(key).asText()).isEqualTo(chartWrk.get(key)).isEqualTo(WrkImage.read().environment()
                    .get(key));
        }

        // fortio: fortio server in its own container (the chart's sidecar image), the runner pointed at it
        JsonNode fortio = services.path("fortio");
        JsonNode chartFortio = ChartTest.container(chart.get("Deployment", "-runner-fortio"), "fortio");
        assertThat(fortio.path("image").asText()).isEqualTo(chartFortio.path("image").asText());
        List<String> command = strings(fortio.path("command"));
        assertThat(command.get(0)).isEqualTo("server");
        String port = ChartTest.after(command, "-http-port");
        for (String other : List.of("-grpc-port", "-redirect-port", "-tcp-port", "-udp-port")) {
            assertThat(ChartTest.after(command, other)).isEqualTo("disabled");
        }
        JsonNode runnerFortio = services.path("runner-fortio");
        assertThat(runnerFortio.path("environment").path("MESHPERF_FORTIO_SERVER_URL").asText())
                .isEqualTo("http://fortio:" + port);
        assertThat(strings(fortio.path("healthcheck").path("test"))).containsExactly("CMD", "/usr/bin/fortio", "curl",
                "http://127.0.0.1:" + port + "/fortio/rest/status");
        assertThat(runnerFortio.path("depends_on").path("fortio").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(fortio.path("deploy").path("resources").path("limits").path("memory").asText()).isNotEmpty();

        // Nighthawk: nighthawk_service in its own container, the runner's gRPC client pointed at it
        JsonNode nighthawk = services.path("nighthawk");
        JsonNode chartNighthawk = ChartTest.container(chart.get("Deployment", "-runner-nighthawk"), "nighthawk");
        assertThat(nighthawk.path("image").asText()).isEqualTo(chartNighthawk.path("image").asText());
        assertThat(strings(nighthawk.path("entrypoint"))).isEqualTo(strings(chartNighthawk.path("command")));
        String listen = ChartTest.after(strings(nighthawk.path("command")), "--listen");
        assertThat(listen).isEqualTo("0.0.0.0:8443");
        JsonNode runnerNighthawk = services.path("runner-nighthawk");
        JsonNode env = runnerNighthawk.path("environment");
        assertThat(env.path("QUARKUS_GRPC_CLIENTS_NIGHTHAWK_HOST").asText()).isEqualTo("nighthawk");
        assertThat(env.path("QUARKUS_GRPC_CLIENTS_NIGHTHAWK_PORT").asText()).isEqualTo(listen.split(":")[1]);
        assertThat(env.path("MESHPERF_RUNNER_MAX_CONCURRENT_SHARDS").asText()).isEqualTo("1");
        assertThat(strings(nighthawk.path("healthcheck").path("test"))).containsExactly("CMD", "/bin/bash", "-c",
                "exec 3<>/dev/tcp/127.0.0.1/8443");
        assertThat(runnerNighthawk.path("depends_on").path("nighthawk").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(nighthawk.path("deploy").path("resources").path("limits").path("memory").asText()).isNotEmpty();
    }

    @Test
    void secretsGoOnlyWhereTheyAreUsedAndTheEgressListsWhereTheyAreChecked() throws Exception {
        JsonNode services = compose().path("services");
        for (String service : ChartTest.SERVICES) {
            JsonNode env = services.path(service).path("environment");
            boolean database = List.of("profile", "analysis", "scheduler", "metrics-collector").contains(service);
            assertThat(env.has("QUARKUS_DATASOURCE_PASSWORD")).as(service).isEqualTo(database);
            boolean checks = service.startsWith("runner-") || List.of("profile", "metrics-collector")
                    .contains(service);
            assertThat(env.has("MESHPERF_EGRESS_ALLOW") && env.has("MESHPERF_EGRESS_DENY")).as(service)
                    .isEqualTo(checks);
        }
        JsonNode profile = services.path("profile").path("environment");
        assertThat(profile.path("MESHPERF_PROFILE_ENCRYPTION_KEY").asText()).startsWith("${MESHPERF_ENCRYPTION_KEY:-");
        assertThat(match(DEFAULTED, profile.path("MESHPERF_PROFILE_ENCRYPTION_KEY").asText())).hasSizeGreaterThan(31);
        assertThat(services.path("gateway").path("environment").has("MESHPERF_PROFILE_ENCRYPTION_KEY")).isFalse();
    }
}

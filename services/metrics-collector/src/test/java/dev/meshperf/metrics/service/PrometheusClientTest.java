package dev.meshperf.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.testing.PrometheusServer;

/**
 * The Prometheus API client against a real Prometheus (Debian's package, scraping itself), and against a small HTTP
 * server for the answers a healthy Prometheus does not give here: a 401, an oversized answer, a slow one.
 */
class PrometheusClientTest {

    private static PrometheusServer prometheus;
    private static HttpServer odd;
    private static final AtomicReference<String> AUTHORIZATION = new AtomicReference<>();
    private static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        prometheus = new PrometheusServer();
        odd = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        odd.createContext("/locked/", ex -> {
            AUTHORIZATION.set(ex.getRequestHeaders().getFirst("Authorization"));
            reply(ex, 401, "Unauthorized");
        });
        odd.createContext("/huge/", ex -> reply(ex, 200, "{\"status\":\"success\",\"data\":{\"result\":[\""
                + "x".repeat(4096) + "\"]}}"));
        odd.createContext("/slow/", ex -> {
            try {
                // answers only when the tests are over: far past the client's timeout
                RELEASE.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "{}");
        });
        odd.createContext("/moved/", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + odd.getAddress().getPort()
                    + "/prom/api/v1/status/buildinfo");
            reply(ex, 302, "");
        });
        odd.createContext("/prom/", ex -> {
            CALLS.incrementAndGet();
            reply(ex, 200, "{\"status\":\"success\",\"data\":{\"version\":\"9.9.9\"}}");
        });
        odd.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        odd.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        RELEASE.countDown();
        prometheus.close();
        odd.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static PrometheusClient client() {
        return new PrometheusClient(Duration.ofSeconds(2), 2048);
    }

    @Test
    void reportsTheVersionAndRoundTrip() {
        ConnectivityReport report = client().test(new PrometheusClient.Target(prometheus.url(), null));

        assertThat(report.reachable()).as(report.error()).isTrue();
        assertThat(report.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(report.roundTripMs()).isNotNull().isLessThan(2000);
    }

    @Test
    void queriesARangeOfRealSamples() throws Exception {
        Instant from = Instant.now().minusSeconds(5);
        PrometheusClient client = new PrometheusClient(Duration.ofSeconds(5), 4 * 1024 * 1024);
        PrometheusClient.Target target = new PrometheusClient.Target(prometheus.url(), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !client.queryRange(target, "up", from,
                Instant.now(), 1).isEmpty());

        List<RunEnvironment.Series> series = client.queryRange(target, "up", from, Instant.now(), 1);
        assertThat(series.get(0).labels()).containsEntry("job", "meshperf-target");
        assertThat(series.get(0).points()).isNotEmpty().allSatisfy(p -> {
            assertThat(p[0]).isBetween((double) from.getEpochSecond(), (double) Instant.now().getEpochSecond());
            assertThat(p[1]).isEqualTo(1.0);
        });
    }

    @Test
    void invalidPromqlIsNamedWithPrometheusReason() {
        assertThatThrownBy(() -> new PrometheusClient(Duration.ofSeconds(5), 1 << 20).queryRange(
                new PrometheusClient.Target(prometheus.url(), null), "sum(rate(", Instant.now().minusSeconds(60),
                Instant.now(), 1)).isInstanceOf(MonitoringCallException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("bad_data").hasMessageContaining("parse");
    }

    @Test
    void unreachableRefusedOversizedAndSlowAnswersAreClearErrors() {
        ConnectivityReport down = client().test(new PrometheusClient.Target("http://127.0.0.1:1", null));
        assertThat(down.reachable()).isFalse();
        assertThat(down.error()).contains("unreachable");

        String base = "http://127.0.0.1:" + odd.getAddress().getPort();
        ConnectivityReport refused = client().test(new PrometheusClient.Target(base + "/locked",
                "Bearer very-secret-token"));
        assertThat(refused.error()).contains("HTTP 401").contains("credentials were refused")
                .doesNotContain("very-secret-token");
        assertThat(AUTHORIZATION.get()).isEqualTo("Bearer very-secret-token");

        assertThat(client().test(new PrometheusClient.Target(base + "/huge", null)).error())
                .contains("larger than 2048 bytes");
        assertThat(client().test(new PrometheusClient.Target(base + "/slow", null)).error())
                .contains("no answer within 2 s");
        assertThat(client().test(new PrometheusClient.Target("http://exa mple", null)).error())
                .contains("not a usable URL");
    }

    @Test
    void pathsAreJoinedByUriResolutionSoAQueryCannotSwallowThem() throws Exception {
        assertThat(new PrometheusClient.Target("http://169.254.169.254/latest/meta-data?x=", null).resolve(
                "api/v1/status/buildinfo").toString())
                .isEqualTo("http://169.254.169.254/latest/meta-data/api/v1/status/buildinfo");
        assertThat(new PrometheusClient.Target("https://mon.example/prometheus", null).resolve(
                "api/v1/query_range?query=up&step=1").toString())
                .isEqualTo("https://mon.example/prometheus/api/v1/query_range?query=up&step=1");
        assertThat(new PrometheusClient.Target("http://grafana:3000/", "Bearer k").under(
                "api/datasources/proxy/uid/abc").resolve("api/v1/query_range?query=up").toString())
                .isEqualTo("http://grafana:3000/api/datasources/proxy/uid/abc/api/v1/query_range?query=up");
    }

    @Test
    void theEgressPolicyIsAppliedAtEveryCallAndARedirectIsNotFollowed() {
        ConnectivityReport metadata = client().test(new PrometheusClient.Target("http://169.254.169.254/latest", null));
        assertThat(metadata.reachable()).isFalse();
        assertThat(metadata.error()).startsWith("url: ").contains("link-local or cloud metadata");
        assertThat(client().test(new PrometheusClient.Target("http://[fd00:ec2::254]/", null)).error())
                .startsWith("url: ");

        String base = "http://127.0.0.1:" + odd.getAddress().getPort();
        int before = CALLS.get();
        PrometheusClient denying = new PrometheusClient(Duration.ofSeconds(2), 2048, EgressPolicy.of(List.of(),
                List.of("127.0.0.0/8")));
        assertThat(denying.test(new PrometheusClient.Target(base + "/prom", null)).error())
                .isEqualTo("url: 127.0.0.1 is on the egress deny-list (meshperf.egress.deny: 127.0.0.0/8)");
        assertThat(CALLS.get()).as("refused before connecting").isEqualTo(before);

        assertThat(client().test(new PrometheusClient.Target(base + "/prom", null)).version()).isEqualTo("9.9.9");
        ConnectivityReport moved = client().test(new PrometheusClient.Target(base + "/moved", null));
        assertThat(moved.reachable()).isFalse();
        assertThat(moved.error()).contains("HTTP 302");
        assertThat(CALLS.get()).as("the redirect was not followed").isEqualTo(before + 1);
    }
}

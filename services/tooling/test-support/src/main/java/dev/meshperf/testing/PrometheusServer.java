package dev.meshperf.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * A real Prometheus (Debian's {@code prometheus} package, installed by {@code .ci/install-test-deps}) scraping one
 * target every second, with its data in a temporary folder. It dies with the test JVM.
 */
public final class PrometheusServer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final int port;
    private final Path dir;

    /** A Prometheus that scrapes itself. */
    public PrometheusServer() throws IOException {
        this(null, "/metrics");
    }

    /** @param target host:port to scrape, or null for Prometheus itself */
    public PrometheusServer(String target, String metricsPath) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: run bash .ci/install-test-deps (apt-get install "
                    + "prometheus)");
        }
        dir = Files.createTempDirectory("meshperf-prometheus");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: meshperf-target
                    metrics_path: %s
                    static_configs:
                      - targets: ["%s"]
                """.formatted(metricsPath, target == null ? "127.0.0.1:" + port : target));
        process = new ProcessBuilder(List.of(BINARY.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")).redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .failFast("prometheus exited; see " + dir.resolve("prometheus.log"), () -> !process.isAlive())
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(url() + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package dev.meshperf.profile.api;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.meshperf.embedded.ChildProcess;
import dev.meshperf.embedded.Ports;
import dev.meshperf.testing.MeshperfServers;
import dev.meshperf.testing.ServiceProcess;

/**
 * The real runner-wrk2 service (its packaged jar, a second process, built before this module) on a machine where
 * neither wrk2 nor wrk is installed: both binaries point where nothing is. The profile service under test is told
 * that this is where the wrk2 generator's runner answers.
 */
public class RunnerWithoutWrk implements QuarkusTestResourceLifecycleManager {

    static final Path JAR = Path.of("../runner-wrk2/target/quarkus-app/quarkus-run.jar");
    static final String WRK2 = "/nonexistent/wrk2";
    static final String WRK = "/nonexistent/wrk";

    private ChildProcess runner;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: runner-wrk2 is packaged before this module");
        }
        int port = Ports.free();
        String url = "http://127.0.0.1:" + port;
        try {
            runner = ServiceProcess.start("runner-wrk2", JAR, Map.of("quarkus.http.port", Integer.toString(port),
                    "kafka.bootstrap.servers", MeshperfServers.get().bootstrapServers(), "meshperf.wrk.wrk2-binary",
                    WRK2, "meshperf.wrk.wrk-binary", WRK));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("runner-wrk2 did not start", e);
        }
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .failFast("runner-wrk2 exited during start-up; see " + runner.log(), () -> !runner.isAlive())
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/api/generator")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return Map.of("meshperf.profile.runners.wrk2", url);
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.stop(Duration.ofSeconds(10));
        }
    }
}

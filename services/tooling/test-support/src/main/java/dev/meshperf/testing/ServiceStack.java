package dev.meshperf.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meshperf.embedded.ChildProcess;
import dev.meshperf.embedded.Ports;

/**
 * meshperf's services as packaged jars, each a child process on a free port, against the real broker and PostgreSQL
 * of {@link MeshperfServers}: what an end-to-end test runs. Start the ones a test needs, in order; each start waits
 * until the service reports ready.
 */
public final class ServiceStack implements AutoCloseable {

    private final Path servicesDir;
    private final Backends backends;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<ChildProcess> processes = new ArrayList<>();
    private final Map<String, ChildProcess> byName = new HashMap<>();
    private final Map<String, Launch> launches = new HashMap<>();

    /**
     * The services beside the test's module (Surefire and Failsafe run a module's tests in its folder), on the shared
     * servers. The module declares each service it starts as a test dependency of type {@code pom}, so the reactor
     * packages that service before these tests run.
     */
    public ServiceStack() {
        this(null);
    }

    /** The services against other servers than the shared ones, for tests that stop and start them. */
    public ServiceStack(Backends backends) {
        this.servicesDir = Path.of("..").toAbsolutePath().normalize();
        this.backends = backends;
    }

    /**
     * Starts a service with its database (when it has one), the broker and the extra properties.
     *
     * @return its HTTP base URL
     */
    public String start(String name, String database, Map<String, String> extra) throws IOException {
        return start(name, name, database, extra);
    }

    /**
     * Starts one more instance of a service's module under its own name (a second scheduler, a second runner).
     *
     * @return its HTTP base URL
     */
    public String start(String name, String module, String database, Map<String, String> extra) throws IOException {
        return launch(name, module, database, extra, Ports.free());
    }

    /** Stops one service gracefully, as a deployment would; {@link #restart} brings it back on the same port. */
    public void stop(String name) {
        end(name, Duration.ofSeconds(20));
    }

    /** Kills one service at once (SIGKILL), as a crash or a lost node would; {@link #restart} brings it back. */
    public void kill(String name) {
        ChildProcess process = byName.remove(name);
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        process.kill();
        processes.remove(process);
    }

    /** The process of a running service, to look at its process tree. */
    public ChildProcess process(String name) {
        ChildProcess process = byName.get(name);
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process;
    }

    private void end(String name, Duration grace) {
        ChildProcess process = byName.remove(name);
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        process.stop(grace);
        processes.remove(process);
    }

    /**
     * Starts a stopped service again, on its port, with its settings and {@code extra} on top of them.
     *
     * @return its HTTP base URL
     */
    public String restart(String name, Map<String, String> extra) throws IOException {
        Launch before = launches.get(name);
        if (before == null || byName.containsKey(name)) {
            throw new IllegalStateException(name + " was not stopped");
        }
        Map<String, String> merged = new HashMap<>(before.extra());
        merged.putAll(extra);
        return launch(name, before.module(), before.database(), merged, ports.get(name));
    }

    private record Launch(String module, String database, Map<String, String> extra) {
    }

    private String launch(String name, String module, String database, Map<String, String> extra, int port)
            throws IOException {
        Backends servers = backends != null ? backends : Backends.shared();
        Map<String, String> props = new HashMap<>(extra);
        props.put("quarkus.http.port", Integer.toString(port));
        props.put("kafka.bootstrap.servers", servers.bootstrapServers());
        if (database != null) {
            props.put("quarkus.datasource.jdbc.url", servers.database(database));
            props.put("quarkus.datasource.username", servers.user());
            props.put("quarkus.datasource.password", servers.password());
        }
        Path jar = servicesDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("service " + module + " is not packaged (" + jar + " is missing): declare "
                    + "dev.meshperf:meshperf-" + module + " (type pom, scope test) in this module's pom and build "
                    + "with it in the reactor (./mvnw install)");
        }
        ChildProcess process = ServiceProcess.start(name, jar, props);
        processes.add(process);
        byName.put(name, process);
        launches.put(name, new Launch(module, database, Map.copyOf(extra)));
        ports.put(name, port);
        String base = url(name);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .failFast(name + " exited during start-up; see " + process.log(), () -> !process.isAlive())
                .until(() -> {
                    return http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
        return base;
    }

    public String url(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalStateException(name + " was not started");
        }
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop(Duration.ofSeconds(20));
        }
    }
}

package dev.meshperf.launcher;

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
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.meshperf.embedded.BrokerClasspath;
import dev.meshperf.embedded.Ports;
import dev.meshperf.embedded.PostgresBinaries;
import dev.meshperf.embedded.PostgresServer;
import dev.meshperf.launcher.ServiceCatalog.Service;

/** The embedded default: a Kafka broker, PostgreSQL (or an external one) and the chosen services. */
final class EmbeddedStack {

    private final LauncherSettings settings;
    private final List<Service> services;
    private final Supervisor supervisor;
    private final LocalSecrets secrets;

    EmbeddedStack(LauncherSettings settings) {
        this.settings = settings;
        this.services = ServiceCatalog.find(settings.root(), settings.services());
        this.supervisor = new Supervisor(settings);
        this.secrets = new LocalSecrets(settings);
    }

    List<Service> services() {
        return services;
    }

    /** Starts what is not running yet and waits until each part accepts connections. */
    void up() {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new LauncherException("cannot create " + settings.dataDir() + ": " + e.getMessage());
        }
        secrets.ensure();
        startKafka();
        startPostgres();
        if (!settings.externalDatabase()) {
            supervisor.awaitPort("postgres", settings.pgPort(), pid("postgres"), 60);
        }
        supervisor.awaitPort("kafka", settings.kafkaPort(), pid("kafka"), 90);
        for (Service service : services) {
            if (service.database() != null) {
                PostgresServer.createDatabase(settings.adminUrl(), settings.dbUser(), secrets.databasePassword(),
                        service.database());
            }
        }
        services.forEach(this::startService);
        for (Service service : services) {
            supervisor.awaitPort(service.name(), service.port(), pid(service.name()), 90);
        }
        Console.say("up. Kafka 127.0.0.1:" + settings.kafkaPort() + ", PostgreSQL " + settings.adminUrl()
                + ", data in " + settings.dataDir() + ", logs in " + settings.logDir());
        services.forEach(s -> System.out.println("  " + s.name() + ": http://127.0.0.1:" + s.port()));
    }

    /** Prints each part and whether it is healthy; true when all are. */
    boolean status() {
        System.out.println("meshperf (" + settings.home() + ")");
        boolean healthy = health("kafka", settings.kafkaPort(), null);
        if (settings.externalDatabase()) {
            System.out.printf("  %-18s %s%n", "postgres", "external: " + settings.dbUrl());
        } else {
            healthy &= health("postgres", settings.pgPort(), null);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        for (Service service : services) {
            healthy &= health(service.name(), service.port(), http);
        }
        return healthy;
    }

    /** Stops the services, then Kafka, then PostgreSQL (with its fast shutdown). */
    void down() {
        services.forEach(s -> supervisor.stop(s.name(), "TERM"));
        supervisor.stop("kafka", "TERM");
        supervisor.stop("postgres", "INT");
    }

    private void startKafka() {
        if (Ports.accepts(settings.controllerPort()) && supervisor.pids().running("kafka", true).isEmpty()) {
            throw new LauncherException("kafka: controller port " + settings.controllerPort() + " on 127.0.0.1 is "
                    + "already in use by another program; set MESHPERF_KAFKA_CONTROLLER_PORT");
        }
        supervisor.start("kafka", "meshperf-kafka", settings.kafkaPort(), List.of(Launcher.java(), "-Xmx256m",
                "-Xms64m", "-XX:+UseSerialGC", "-Dmeshperf-kafka",
                "-Dlog4j2.configurationFile=classpath:meshperf-broker-log4j2.properties", "-cp",
                BrokerClasspath.resolve(), "dev.meshperf.broker.BrokerMain", "--data",
                settings.dataDir().resolve("kafka").toString(), "--port", String.valueOf(settings.kafkaPort()),
                "--controller-port", String.valueOf(settings.controllerPort())), Map.of());
    }

    private void startPostgres() {
        if (settings.externalDatabase()) {
            PostgresServer.checkLogin(settings.dbUrl(), settings.dbUser(), secrets.databasePassword());
            return;
        }
        OptionalLong running = supervisor.pids().running("postgres", false);
        if (running.isPresent()) {
            Console.say("postgres already running (pid " + running.getAsLong() + ")");
            return;
        }
        if (Ports.accepts(settings.pgPort())) {
            throw new LauncherException("postgres: port " + settings.pgPort() + " on 127.0.0.1 is already in use by "
                    + "another program; set MESHPERF_PG_PORT");
        }
        Path data = settings.dataDir().resolve("postgres");
        Path bin = PostgresBinaries.embedded(settings.pgCache());
        List<String> command = PostgresServer.serverCommand(bin, data, settings.pgPort(), true,
                secrets.databasePassword());
        supervisor.start("postgres", data.toString(), settings.pgPort(), command, Map.of());
    }

    /**
     * Each service gets its settings and only the secrets it needs in its environment. Only the gateway listens
     * beyond the loopback ({@code MESHPERF_GATEWAY_HOST}, 0.0.0.0 by default).
     */
    private void startService(Service service) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + settings.kafkaPort());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        switch (service.name()) {
            case "gateway" -> {
                env.put("QUARKUS_HTTP_HOST", settings.gatewayHost());
                env.put("MESHPERF_GATEWAY_TOKENS", secrets.token());
            }
            case "profile" -> env.put("MESHPERF_PROFILE_ENCRYPTION_KEY", secrets.encryptionKey());
            case "metrics-collector" -> env.put("MESHPERF_METRICS_ENCRYPTION_KEY", secrets.encryptionKey());
            default -> {
                // no secrets
            }
        }
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.databaseUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", settings.dbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.databasePassword());
        }
        List<String> command = new ArrayList<>();
        command.add(Launcher.java());
        command.addAll(service.jvmOptions());
        command.add("-Dmeshperf-service=" + service.name());
        command.add("-jar");
        command.add(service.jar().toString());
        supervisor.start(service.name(), "meshperf-service=" + service.name(), service.port(), command, env);
    }

    private long pid(String name) {
        return supervisor.pids().running(name, true).orElse(-1);
    }

    private boolean health(String name, int port, HttpClient http) {
        OptionalLong pid = supervisor.pids().running(name, false);
        if (pid.isEmpty()) {
            System.out.printf("  %-18s %-20s %s%n", name, "stopped", "");
            return false;
        }
        String state;
        if (http != null) {
            state = ready(http, port) ? "healthy" : "running, not ready";
        } else {
            state = Ports.accepts(port) ? "healthy" : "running, port " + port + " closed";
        }
        System.out.printf("  %-18s %-20s pid %-8s port %s%n", name, state, pid.getAsLong(), port);
        return state.equals("healthy");
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers
                            .discarding());
            return answer.statusCode() < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

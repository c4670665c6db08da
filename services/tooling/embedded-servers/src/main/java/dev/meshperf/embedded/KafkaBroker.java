package dev.meshperf.embedded;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node KRaft broker in a child JVM, tied to this JVM's life. About 2.5 s to start and 300 MB of memory
 * with its default 256 MB heap.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a broker on free ports with its data in {@code dataDir}. */
    public static KafkaBroker start(Path dataDir) {
        return start(dataDir, Ports.free(), Ports.free(), 4);
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, int partitions) {
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx256m");
        command.add("-Xms64m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dlog4j2.configurationFile=" + BrokerClasspath.LOG_CONFIG);
        command.add("-cp");
        command.add(BrokerClasspath.resolve());
        command.add(BrokerClasspath.MAIN_CLASS);
        command.addAll(List.of("--data", dataDir.toAbsolutePath().toString(), "--port", String.valueOf(port),
                "--controller-port", String.valueOf(controllerPort), "--partitions", String.valueOf(partitions),
                "--watch-stdin"));
        ChildProcess child = ChildProcess.start("kafka", command, dataDir.resolve("broker.log"));
        KafkaBroker broker = new KafkaBroker(child, port);
        Waits.until(child, "Kafka broker on port " + port, START_TIMEOUT, broker::answers);
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public ChildProcess process() {
        return process;
    }

    /** True once the broker accepts connections and answers a metadata request. */
    private boolean answers() {
        if (!Ports.accepts(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }

    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package dev.meshperf.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Runs a single-node KRaft broker (broker and controller in one process) from a data folder. The first start formats
 * the storage; later starts reuse it, so topics and offsets survive a restart.
 *
 * <pre>
 * BrokerMain --data DIR --port 9092 --controller-port 9093 [--partitions 4] [--watch-stdin]
 * </pre>
 *
 * With {@code --watch-stdin} the broker exits when its standard input closes, which happens when the parent process
 * dies for any reason, {@code kill -9} included.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        BrokerOptions options = BrokerOptions.parse(args);
        Path data = options.data().toAbsolutePath();
        Files.createDirectories(data);
        Path properties = data.resolve("server.properties");
        Files.writeString(properties, serverProperties(options, data), StandardCharsets.UTF_8);
        if (!Files.exists(data.resolve("logs/meta.properties"))) {
            format(properties, options.clusterId());
        }
        if (options.watchStdin()) {
            watchStdin();
        }
        Kafka.main(new String[]{properties.toString()});
    }

    static String serverProperties(BrokerOptions options, Path data) {
        List<String> lines = new ArrayList<>();
        lines.add("process.roles=broker,controller");
        lines.add("node.id=1");
        lines.add("controller.quorum.voters=1@127.0.0.1:" + options.controllerPort());
        lines.add("listeners=PLAINTEXT://127.0.0.1:" + options.port() + ",CONTROLLER://127.0.0.1:"
                + options.controllerPort());
        lines.add("advertised.listeners=PLAINTEXT://127.0.0.1:" + options.port());
        lines.add("controller.listener.names=CONTROLLER");
        lines.add("inter.broker.listener.name=PLAINTEXT");
        lines.add("listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        lines.add("log.dirs=" + data.resolve("logs"));
        lines.add("num.partitions=" + options.partitions());
        lines.add("auto.create.topics.enable=true");
        lines.add("offsets.topic.replication.factor=1");
        lines.add("offsets.topic.num.partitions=4");
        lines.add("transaction.state.log.replication.factor=1");
        lines.add("transaction.state.log.min.isr=1");
        lines.add("share.coordinator.state.topic.replication.factor=1");
        lines.add("share.coordinator.state.topic.min.isr=1");
        lines.add("group.initial.rebalance.delay.ms=0");
        lines.add("log.retention.hours=168");
        return String.join("\n", lines) + "\n";
    }

    private static void format(Path properties, String clusterId) throws IOException {
        PrintStream out = System.out;
        int code = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", properties.toString()}, out);
        if (code != 0) {
            throw new IOException("formatting the broker's storage failed with exit code " + code);
        }
    }

    /** Exits when the parent closes our stdin; a second thread halts if a clean shutdown hangs. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // input is ignored: only its end matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, too
            }
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(1);
            }, "halt-after-timeout");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}

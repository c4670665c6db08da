package dev.meshperf.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A stand-in for a test JVM: starts a broker and PostgreSQL, prints every server pid on one line, then waits to be
 * killed. Used by {@link ProcessCleanupIT}.
 */
public final class ServersHolder {

    private ServersHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        KafkaBroker broker = KafkaBroker.start(Files.createDirectories(work.resolve("kafka")));
        PostgresServer pg = PostgresServer.start(PostgresBinaries.embedded(work.resolve("cache")),
                work.resolve("pgdata"));
        String pids = java.util.stream.Stream.concat(broker.process().processTree().stream(),
                pg.process().processTree().stream())
                .map(h -> String.valueOf(h.pid()))
                .collect(Collectors.joining(" "));
        System.out.println("PIDS " + pids);
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await();
    }
}

package dev.meshperf.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.meshperf.embedded.KafkaBroker;
import dev.meshperf.embedded.Ports;
import dev.meshperf.embedded.PostgresBinaries;
import dev.meshperf.embedded.PostgresServer;
import dev.meshperf.embedded.ServerStartException;

/**
 * A broker and a PostgreSQL of a test's own, on fixed ports, that the test stops and starts again with their data
 * (a broker outage, a database outage): the real servers, as the services see them in production.
 */
public final class RestartableServers implements Backends, AutoCloseable {

    private static final int PARTITIONS = 4;

    private final Path work;
    private final Path postgresBin;
    private final int brokerPort = Ports.free();
    private final int controllerPort = Ports.free();
    private final int postgresPort = Ports.free();
    private KafkaBroker broker;
    private PostgresServer postgres;

    public RestartableServers() {
        try {
            work = Files.createTempDirectory("meshperf-fault-servers-");
        } catch (IOException e) {
            throw new ServerStartException("cannot create a folder for the servers: " + e.getMessage(), e);
        }
        postgresBin = PostgresBinaries.embedded(Path.of(System.getProperty("user.home"), ".cache", "meshperf"));
        startBroker();
        startPostgres();
    }

    public synchronized void startBroker() {
        broker = KafkaBroker.start(work.resolve("kafka"), brokerPort, controllerPort, PARTITIONS);
    }

    /** Stops the broker cleanly, as a restart or an upgrade does; its data stays. */
    public synchronized void stopBroker() {
        broker.close();
        broker = null;
    }

    public synchronized void startPostgres() {
        postgres = PostgresServer.start(postgresBin, work.resolve("pgdata"), postgresPort, false,
                PostgresServer.testPassword(work.resolve("pgdata")));
    }

    public synchronized void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    @Override
    public String database(String database) {
        PostgresServer.createDatabase(PostgresServer.jdbcUrl(postgresPort, "postgres"), user(), password(), database);
        return PostgresServer.jdbcUrl(postgresPort, database);
    }

    @Override
    public String user() {
        return PostgresServer.USER;
    }

    @Override
    public String password() {
        return PostgresServer.testPassword(work.resolve("pgdata"));
    }

    @Override
    public synchronized void close() {
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}

package dev.meshperf.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dev.meshperf.embedded.KafkaBroker;
import dev.meshperf.embedded.PostgresBinaries;
import dev.meshperf.embedded.PostgresServer;
import dev.meshperf.embedded.ServerStartException;

/**
 * One Kafka broker and one PostgreSQL per test JVM, started together on first use and stopped when the JVM exits
 * (they also die with it if it is killed). Choose other servers with {@link ServerChoice}.
 */
public final class MeshperfServers {

    private static final Logger LOG = Logger.getLogger(MeshperfServers.class.getName());
    private static volatile MeshperfServers instance;

    private final String bootstrapServers;
    private final Postgres postgres;

    /** Where the tests reach PostgreSQL: an admin URL template and credentials. */
    public record Postgres(String host, int port, String user, String password, String externalUrl) {

        public String jdbcUrl(String database) {
            if (externalUrl != null) {
                return externalUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
            }
            return PostgresServer.jdbcUrl(port, database);
        }
    }

    private MeshperfServers(String bootstrapServers, Postgres postgres) {
        this.bootstrapServers = bootstrapServers;
        this.postgres = postgres;
    }

    public static MeshperfServers get() {
        MeshperfServers local = instance;
        if (local == null) {
            synchronized (MeshperfServers.class) {
                local = instance;
                if (local == null) {
                    local = startAll(ServerChoice.fromEnvironment());
                    instance = local;
                }
            }
        }
        return local;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Postgres postgres() {
        return postgres;
    }

    /** Creates {@code database} if it does not exist yet and returns its JDBC URL. */
    public String database(String database) {
        PostgresServer.createDatabase(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password(), database);
        return postgres.jdbcUrl(database);
    }

    private static MeshperfServers startAll(ServerChoice choice) {
        Path work;
        try {
            work = Files.createTempDirectory("meshperf-test-servers-");
        } catch (IOException e) {
            throw new ServerStartException("cannot create a folder for the test servers: " + e.getMessage(), e);
        }
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(kafka(choice, work));
        CompletableFuture<Postgres> pg = CompletableFuture.supplyAsync(postgres(choice, work));
        try {
            return new MeshperfServers(kafka.join(), pg.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Supplier<String> kafka(ServerChoice choice, Path work) {
        return () -> {
            if (choice.kafka().startsWith("bootstrap:")) {
                return choice.kafka().substring("bootstrap:".length());
            }
            if (choice.kafka().equals("testcontainers")) {
                if (TestcontainersKafka.dockerAvailable()) {
                    return TestcontainersKafka.start();
                }
                LOG.warning("MESHPERF_TEST_KAFKA=testcontainers but no Docker engine answers: using the child broker");
            }
            KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-test-kafka"));
            return broker.bootstrapServers();
        };
    }

    private static Supplier<Postgres> postgres(ServerChoice choice, Path work) {
        return () -> {
            String mode = choice.postgres();
            if (mode.startsWith("jdbc:")) {
                return new Postgres(null, 0, choice.postgresUser(), choice.postgresPassword(), mode);
            }
            Path bin = mode.equals("system")
                    ? PostgresBinaries.system().orElseThrow(() -> new ServerStartException(
                            "MESHPERF_TEST_POSTGRES=system but there is no PostgreSQL under /usr/lib/postgresql"))
                    : PostgresBinaries.embedded(Path.of(System.getProperty("user.home"), ".cache", "meshperf"));
            PostgresServer server = PostgresServer.start(bin, work.resolve("pgdata"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            return new Postgres("127.0.0.1", server.port(), PostgresServer.USER, server.password(), null);
        };
    }
}

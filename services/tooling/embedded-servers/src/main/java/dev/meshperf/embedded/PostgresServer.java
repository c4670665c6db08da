package dev.meshperf.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server started from its binaries on 127.0.0.1 only, with password (SCRAM) authentication, tied
 * to this JVM's life. The data folder is initialised on first use and kept afterwards.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final int port;
    private final String password;

    private PostgresServer(ChildProcess process, int port, String password) {
        this.process = process;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts PostgreSQL from {@code bin} on a free port, for tests: no fsync, data thrown away with the folder, a
     * random password (the one it was started with before, when the folder is reused).
     */
    public static PostgresServer start(Path bin, Path dataDir) {
        return start(bin, dataDir, Ports.free(), false, testPassword(dataDir));
    }

    public static PostgresServer start(Path bin, Path dataDir, int port, boolean durable, String password) {
        Ports.requireFree(port, "PostgreSQL");
        // postgres does not watch its parent, so a watchdog stops it (fast shutdown) when this JVM goes
        ChildProcess child = ChildProcess.startWatched("postgres", serverCommand(bin, dataDir, port, durable,
                password), dataDir.resolveSibling("postgres.log"));
        PostgresServer server = new PostgresServer(child, port, password);
        Waits.until(child, "PostgreSQL on port " + port, START_TIMEOUT, server::answers);
        return server;
    }

    /**
     * Unpacks nothing and starts nothing: initialises {@code dataDir} if needed, makes {@code password} the only way
     * in, and returns the command that runs the server in the foreground, for a supervisor of its own (the launcher).
     */
    public static List<String> serverCommand(Path bin, Path dataDir, int port, boolean durable, String password) {
        List<String> prefix = Privileges.postgresPrefix();
        initIfNeeded(bin, dataDir, prefix);
        PostgresAuth.ensure(bin, dataDir, prefix, password);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(bin.resolve("postgres").toString(), "-D", dataDir.toAbsolutePath().toString(), "-p",
                String.valueOf(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c",
                "max_connections=200", "-c", "timezone=UTC"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        return command;
    }

    private static void initIfNeeded(Path bin, Path dataDir, List<String> prefix) {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Privileges.prepareDataDir(dataDir, prefix);
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toAbsolutePath().toString(), "-U",
                    USER, "-A", "trust", "-E", "UTF8", "--locale=C", "-N"));
            Path log = dataDir.resolveSibling("initdb.log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new ServerStartException("initdb failed for " + dataDir + ": "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new ServerStartException("cannot initialise PostgreSQL data in " + dataDir + ": " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("interrupted during initdb");
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public ChildProcess process() {
        return process;
    }

    /** The superuser's password. */
    public String password() {
        return password;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        createDatabase(jdbcUrl("postgres"), USER, password, database);
    }

    public static void createDatabase(String adminUrl, String user, String password, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new ServerStartException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Fails with a one-line message unless {@code user} can log in at {@code url} (an external database). */
    public static void checkLogin(String url, String user, String password) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (!c.isValid(5)) {
                throw new ServerStartException("database at " + url + " does not answer");
            }
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new ServerStartException("cannot reach the database at " + url + ": " + reason);
        }
    }

    private boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A test server's password: made once per data folder and kept beside it (never in it, nor on a command line). */
    public static String testPassword(Path dataDir) {
        try {
            Path file = dataDir.resolveSibling(dataDir.getFileName() + ".password");
            if (!Files.exists(file)) {
                byte[] random = new byte[18];
                new java.security.SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, java.util.HexFormat.of().formatHex(random));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new ServerStartException("cannot keep the test database's password: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}

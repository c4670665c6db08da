package dev.meshperf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.meshperf.embedded.Ports;
import dev.meshperf.embedded.PostgresServer;

/**
 * Drives the real {@code ./meshperf} (the script and the launcher it hands over to): up, status, down, data kept
 * across restarts, and its error messages.
 */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../../..").normalize();

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private int pgPort;

    record Result(int code, String output) {
    }

    @BeforeEach
    void ports() {
        pgPort = Ports.free();
        env.put("MESHPERF_HOME", home.toString());
        env.put("MESHPERF_KAFKA_PORT", String.valueOf(Ports.free()));
        env.put("MESHPERF_KAFKA_CONTROLLER_PORT", String.valueOf(Ports.free()));
        env.put("MESHPERF_PG_PORT", String.valueOf(pgPort));
        env.put("MESHPERF_NO_BUILD", "1");
        // the services are built after this module; their start is tested with the end-to-end path
        env.put("MESHPERF_SERVICES", "none");
    }

    @AfterEach
    void down() throws Exception {
        launcher("down");
    }

    @Test
    void upStatusDownAndASecondUpKeepsTheData() throws Exception {
        Result up = launcher("up");
        assertThat(up.code()).as(up.output()).isZero();
        assertThat(up.output()).contains("meshperf: up.");

        Result status = launcher("status");
        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("kafka +healthy").containsPattern("postgres +healthy");

        sql("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('first run')");
        assertThat(launcher("up").output()).contains("kafka already running").contains("postgres already running");

        assertThat(launcher("down").code()).isZero();
        Result stopped = launcher("status");
        assertThat(stopped.code()).isNotZero();
        assertThat(stopped.output()).containsPattern("kafka +stopped").containsPattern("postgres +stopped");
        assertThat(Ports.accepts(pgPort)).isFalse();

        assertThat(launcher("up").code()).isZero();
        assertThat(sqlValue("SELECT v FROM kept")).isEqualTo("first run");
    }

    @Test
    void secretsAreFilesOfThisUserNeverCommandLinesAndTheDatabaseWantsItsPassword() throws Exception {
        Result up = launcher("up");
        assertThat(up.code()).as(up.output()).isZero();

        List<String> secrets = new ArrayList<>();
        for (String file : List.of("token", "encryption-key", "db-password")) {
            Path path = home.resolve(file);
            assertThat(Files.getPosixFilePermissions(path)).as(file).isEqualTo(PosixFilePermissions.fromString(
                    "rw-------"));
            secrets.add(Files.readString(path).strip());
        }
        assertThat(secrets).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(32));
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path proc : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String commandLine;
                try {
                    commandLine = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                } catch (IOException gone) {
                    continue;
                }
                assertThat(commandLine).as("command line of %s", proc).doesNotContain(secrets);
            }
        }
        assertThat(up.output()).doesNotContain(secrets);

        assertThatThrownBy(() -> DriverManager.getConnection(PostgresServer.jdbcUrl(pgPort, "postgres"), "postgres",
                "").close()).hasMessageContaining("password");
        assertThat(sqlValue("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
                .isEqualTo("t");
    }

    @Test
    void aTakenPortIsReportedInOneLine() throws Exception {
        try (ServerSocket squatter = new ServerSocket(pgPort, 1, InetAddress.getLoopbackAddress())) {
            Result up = launcher("up");
            assertThat(up.code()).isEqualTo(1);
            assertThat(up.output()).contains("port " + pgPort + " on 127.0.0.1 is already in use");
            assertOneLineError(up);
        }
    }

    @Test
    void aStalePidFileIsRemoved() throws Exception {
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/kafka.pid"), "999999 meshperf-kafka\n");
        Result status = launcher("status");
        assertThat(status.output()).contains("removed stale pid file for kafka");
        assertThat(home.resolve("run/kafka.pid")).doesNotExist();
    }

    @Test
    void anUnreachableExternalDatabaseIsReportedInOneLine() throws Exception {
        env.put("MESHPERF_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/meshperf");
        Result up = launcher("up");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.output()).contains("cannot reach the database at jdbc:postgresql://127.0.0.1:" + pgPort);
        assertOneLineError(up);
    }

    @Test
    void anUnknownVerbIsRefused() throws Exception {
        Result result = launcher("frobnicate");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).startsWith("meshperf: unknown command 'frobnicate'").contains("usage:");
    }

    @Test
    void noJavaIsReportedInOneLine() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin-without-java"));
        for (String tool : List.of("bash", "dirname", "grep", "awk", "sed", "cat", "tr", "head", "cut", "basename",
                "mkdir", "rm", "tail", "sleep", "env", "setsid", "nohup")) {
            Path found = which(tool);
            if (found != null) {
                Files.createSymbolicLink(bin.resolve(tool), found);
            }
        }
        env.put("PATH", bin.toString());
        env.put("JAVA_HOME", "");
        Result up = launcher("up");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.output()).contains("no Java found");
        assertOneLineError(up);
    }

    private static void assertOneLineError(Result result) {
        List<String> errors = result.output().lines().filter(l -> l.startsWith("meshperf:")).toList();
        assertThat(errors).as(result.output()).isNotEmpty();
        assertThat(result.output()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static Path which(String tool) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private Result launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", ROOT.resolve("meshperf").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private String password() throws IOException {
        return Files.readString(home.resolve("db-password")).strip();
    }

    private void sql(String statements) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresServer.jdbcUrl(pgPort, "postgres"), "postgres",
                password());
                Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private String sqlValue(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresServer.jdbcUrl(pgPort, "postgres"), "postgres",
                password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

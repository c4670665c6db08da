package dev.meshperf.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Password authentication for the embedded PostgreSQL: the superuser's password is set in single-user mode (read
 * from standard input, never from a command line) and {@code pg_hba.conf} allows only SCRAM logins over the
 * loopback. A data folder made before (with trust authentication) is converted the same way on its next start, and
 * the password is set again when it changed; a marker (the password's SHA-256) tells whether it must be.
 */
final class PostgresAuth {

    static final String HBA = """
            # written by meshperf: password (SCRAM) logins over the loopback only; no local socket is opened
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;
    private static final String MARKER = "meshperf-password.sha256";

    private PostgresAuth() {
    }

    /** Before the server starts: the password set and the server's logins limited to it. */
    static void ensure(Path bin, Path dataDir, List<String> prefix, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the embedded PostgreSQL needs a password");
        }
        try {
            Path marker = dataDir.resolve(MARKER);
            String digest = sha256(password);
            if (!Files.exists(marker) || !Files.readString(marker).strip().equals(digest)) {
                setPassword(bin, dataDir, prefix, password);
                Files.writeString(marker, digest + "\n");
            }
            Path hba = dataDir.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
                // written over, so the file keeps the owner PostgreSQL runs as
                Files.writeString(hba, HBA);
            }
        } catch (IOException e) {
            throw new ServerStartException("cannot set up password authentication in " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    private static void setPassword(Path bin, Path dataDir, List<String> prefix, String password) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(bin.resolve("postgres").toString(), "--single", "-D", dataDir.toAbsolutePath()
                .toString(), "-c", "listen_addresses=", "-c", "unix_socket_directories=", "-c",
                "password_encryption=scram-sha-256", "postgres"));
        Path log = dataDir.resolveSibling("postgres-auth.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(("ALTER ROLE " + PostgresServer.USER + " PASSWORD '" + password.replace("'", "''") + "';\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new ServerStartException("could not set the PostgreSQL password in " + dataDir + " (is a "
                        + "server still running on it?): " + Files.readString(log, StandardCharsets.UTF_8).strip()
                                .lines().filter(l -> l.contains("ERROR") || l.contains("FATAL")).findFirst()
                                .orElse("see " + log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("interrupted while setting the PostgreSQL password");
        }
    }

    private static String sha256(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

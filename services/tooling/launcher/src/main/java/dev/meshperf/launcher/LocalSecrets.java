package dev.meshperf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets of the embedded default, each made once in a file only this user can read: the API token the gateway
 * accepts and the CLI sends, the key stored secrets are sealed with (it must never change: what was sealed with it
 * could no longer be read) and the embedded database's password. They reach a service through its environment, never
 * a command line.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LauncherSettings settings;

    LocalSecrets(LauncherSettings settings) {
        this.settings = settings;
    }

    void ensure() {
        makeOnce(settings.keyFile(), 32);
        if (!settings.externalDatabase()) {
            makeOnce(settings.dbPasswordFile(), 24);
        }
        if (makeOnce(settings.tokenFile(), 24)) {
            Console.say("created an API token in " + settings.tokenFile());
        }
    }

    String token() {
        return read(settings.tokenFile());
    }

    String encryptionKey() {
        return read(settings.keyFile());
    }

    /** MESHPERF_DB_PASSWORD for an external database, the one {@code up} made for the embedded one. */
    String databasePassword() {
        if (settings.externalDatabase()) {
            return settings.dbPassword();
        }
        return Files.exists(settings.dbPasswordFile()) ? read(settings.dbPasswordFile()) : "";
    }

    private static boolean makeOnce(Path file, int bytes) {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rw-------")));
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random));
            return true;
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

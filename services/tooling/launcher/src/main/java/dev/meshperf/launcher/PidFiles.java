package dev.meshperf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * One file per process the launcher started, {@code run/NAME.pid}: its pid and the marker its command line carries.
 * A pid file counts only while that process is alive and still carries the marker, so a recycled pid is never
 * mistaken for ours.
 */
final class PidFiles {

    private final Path runDir;

    PidFiles(Path runDir) {
        this.runDir = runDir;
    }

    /** The pid of {@code name} when it runs; a stale file is removed (and said so unless {@code quiet}). */
    OptionalLong running(String name, boolean quiet) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        String[] fields = read(file).strip().split(" ", 2);
        long pid = fields[0].matches("\\d+") ? Long.parseLong(fields[0]) : -1;
        String marker = fields.length > 1 ? fields[1] : "";
        // a process in the middle of exec (setsid -> unshare -> postgres) shows an empty command line for a
        // moment: look again before calling it gone
        for (int look = 0; look < 5 && pid > 0
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); look++) {
            if (commandLine(pid).contains(marker)) {
                return OptionalLong.of(pid);
            }
            pause(100);
        }
        if (!quiet) {
            System.err.println("meshperf: removed stale pid file for " + name + " (process "
                    + (pid > 0 ? String.valueOf(pid) : "?") + " is gone)");
        }
        remove(name);
        return OptionalLong.empty();
    }

    void record(String name, long pid, String marker) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(file(name), pid + " " + marker + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line of {@code pid} with its arguments separated by spaces, or "" when it cannot be read. */
    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    private Path file(String name) {
        return runDir.resolve(name + ".pid");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}

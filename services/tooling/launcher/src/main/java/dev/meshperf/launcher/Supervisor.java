package dev.meshperf.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.meshperf.embedded.Ports;

/**
 * Starts processes that outlive the launcher, each logging to {@code logs/NAME.log}, waits for their ports, and stops
 * them. A process runs in a session of its own ({@code setsid}), so a Ctrl-C in the terminal that started it (during
 * {@code demo}'s live view, say) does not reach it.
 */
final class Supervisor {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final List<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid");
    private static final List<String> CALLERS_SECRETS = List.of("MESHPERF_TOKEN", "MESHPERF_DB_PASSWORD",
            "MESHPERF_GATEWAY_TOKENS", "MESHPERF_PROFILE_ENCRYPTION_KEY", "MESHPERF_METRICS_ENCRYPTION_KEY");

    private final LauncherSettings settings;
    private final PidFiles pids;

    Supervisor(LauncherSettings settings) {
        this.settings = settings;
        this.pids = new PidFiles(settings.runDir());
    }

    PidFiles pids() {
        return pids;
    }

    /**
     * Starts {@code command} detached unless {@code name} runs already; {@code marker} is a word of its command
     * line that tells it from any other process. Settings and secrets go in {@code environment}, never on the
     * command line, which every local user can read.
     */
    void start(String name, String marker, int port, List<String> command, Map<String, String> environment) {
        OptionalLong running = pids.running(name, false);
        if (running.isPresent()) {
            Console.say(name + " already running (pid " + running.getAsLong() + ")");
            return;
        }
        if (Ports.accepts(port)) {
            throw new LauncherException(name + ": port " + port + " on 127.0.0.1 is already in use by another "
                    + "program; stop it or choose another port (see ./meshperf help)");
        }
        List<String> detached = new ArrayList<>();
        detached.add(SETSID.stream().filter(f -> new File(f).canExecute()).findFirst().orElseThrow(
                () -> new LauncherException("setsid (util-linux) is needed to run " + name + " detached from this "
                        + "terminal; install util-linux")));
        detached.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(detached).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.log(name).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // a caller's own secrets stay with the caller: each part gets only what it needs, in `environment`
        builder.environment().keySet().removeAll(CALLERS_SECRETS);
        builder.environment().putAll(environment);
        Process process;
        try {
            Files.createDirectories(settings.runDir());
            Files.createDirectories(settings.logDir());
            process = builder.start();
        } catch (IOException e) {
            throw new LauncherException(name + " could not be started: " + e.getMessage());
        }
        // until setsid (or the spawn helper) has exec'd the command, its command line is not yet the marker's
        for (int tries = 0; tries < 100 && process.isAlive() && !PidFiles.commandLine(process.pid()).contains(
                marker); tries++) {
            PidFiles.pause(20);
        }
        pids.record(name, process.pid(), marker);
    }

    /** Waits until {@code name} accepts connections on {@code port}; fails when it exits or takes too long. */
    void awaitPort(String name, int port, long pid, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!Ports.accepts(port)) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new LauncherException(name + " exited during start-up; last lines of " + settings.log(name)
                        + ":\n" + String.join("\n", lastLines(settings.log(name), 15)));
            }
            if (System.nanoTime() > deadline) {
                throw new LauncherException(name + " did not open port " + port + " within " + seconds + "s; see "
                        + settings.log(name));
            }
            PidFiles.pause(200);
        }
    }

    /** Sends {@code signal} (TERM, or INT for PostgreSQL's fast shutdown) and waits; kills what does not stop. */
    void stop(String name, String signal) {
        OptionalLong running = pids.running(name, true);
        if (running.isEmpty()) {
            pids.remove(name);
            return;
        }
        long pid = running.getAsLong();
        signal(pid, signal);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (alive(pid) && System.nanoTime() < deadline) {
            PidFiles.pause(200);
        }
        if (alive(pid)) {
            Console.say(name + " did not stop within " + STOP_GRACE.toSeconds() + "s; killing it");
            signal(pid, "KILL");
        }
        pids.remove(name);
        Console.say("stopped " + name);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new LauncherException("cannot send " + signal + " to " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> lastLines(Path file, int count) {
        try {
            List<String> lines = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}

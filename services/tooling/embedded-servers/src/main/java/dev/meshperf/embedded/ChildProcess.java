package dev.meshperf.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server process tied to this JVM: its standard input is a pipe from us, and it exits when that pipe closes. The
 * pipe closes when {@link #stop} is called and also when this JVM dies in any way ({@code kill -9} included), because
 * the kernel closes a dead process's descriptors. Output goes to a log file.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Stops the wrapped command with a signal when our stdin closes; for commands that do not watch their stdin
     * themselves. (A command started in the background by a non-interactive shell ignores SIGINT, and a JVM keeps an
     * ignored SIGINT ignored: a JVM is stopped with SIGTERM.)
     */
    private static final String WATCHDOG = "exec 3<&0; \"$@\" </dev/null & pid=$!; "
            + "(cat <&3 >/dev/null; kill -%s $pid 2>/dev/null) & wait $pid";

    /**
     * Starts a command that does not watch its stdin, under a small shell that stops it with SIGINT (which servers
     * such as PostgreSQL take as a fast shutdown) when this JVM goes.
     */
    public static ChildProcess startWatched(String name, List<String> command, Path log) {
        return startWatched(name, command, log, "INT");
    }

    /** As {@link #startWatched(String, List, Path)}, stopping it with {@code signal} (TERM for a JVM). */
    public static ChildProcess startWatched(String name, List<String> command, Path log, String signal) {
        return startWatched(name, command, log, signal, Map.of());
    }

    /**
     * As {@link #startWatched(String, List, Path, String)}, adding {@code environment} to the child's environment:
     * the way secrets reach it, never its argument list (which any local user can read).
     */
    public static ChildProcess startWatched(String name, List<String> command, Path log, String signal,
            Map<String, String> environment) {
        List<String> wrapped = new java.util.ArrayList<>(List.of("sh", "-c", WATCHDOG.formatted(signal),
                name + "-watchdog"));
        wrapped.addAll(command);
        return start(name, wrapped, log, environment);
    }

    public static ChildProcess start(String name, List<String> command, Path log) {
        return start(name, command, log, Map.of());
    }

    private static ChildProcess start(String name, List<String> command, Path log, Map<String, String> environment) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new ServerStartException("cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The process and every process it started, for tests that prove nothing survives. */
    public List<ProcessHandle> processTree() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()),
                process.toHandle().descendants()).toList();
    }

    /** Closes the child's stdin so it shuts down cleanly; kills it if it is still there after {@code grace}. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = processTree();
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process and every process it started at once (SIGKILL), as a crash or a lost node would. */
    public void kill() {
        processTree().forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", log " + log + ")";
    }
}

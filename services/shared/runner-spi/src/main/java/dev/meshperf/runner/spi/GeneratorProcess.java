package dev.meshperf.runner.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import dev.meshperf.contracts.events.FailureCode;

/**
 * Runs a load generator's binary to its end, or kills it (and every process it started) when it outlives its
 * deadline or is cancelled. Output is kept up to a cap, so a binary that prints without end cannot fill the heap.
 */
public final class GeneratorProcess {

    /** The most output kept per stream; the rest is counted and dropped. */
    public static final int OUTPUT_CAP = 4 * 1024 * 1024;
    private static final long STREAM_WAIT_MILLIS = 5_000;

    private final List<String> command;
    private final Predicate<String> stdoutLines;
    private volatile Process process;
    private volatile boolean cancelled;

    public GeneratorProcess(List<String> command) {
        this(command, line -> false);
    }

    /**
     * @param stdoutLines
     * sees each line of standard output as it comes; a line it takes (returns true) is not kept in the result, so
     * progress lines of a long run never crowd out its final report
     */
    public GeneratorProcess(List<String> command, Predicate<String> stdoutLines) {
        this.command = List.copyOf(command);
        this.stdoutLines = stdoutLines;
    }

    /** How a finished binary ended. */
    public record Result(int exitCode, String stdout, String stderr, boolean truncated) {

        /** The last line of stderr (or stdout), for a failure reason. */
        public String lastWords() {
            String text = stderr.isBlank() ? stdout : stderr;
            String[] lines = text.strip().split("\n");
            String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
            return last.length() > 300 ? last.substring(0, 300) + "…" : last;
        }
    }

    /**
     * Runs the command and waits for it.
     *
     * @throws RunFailure
     * GENERATOR_UNAVAILABLE when it cannot start, OTHER when it outlives {@code deadline} (it is killed), CANCELLED
     * after {@link #cancel()}
     */
    public Result run(Path workDir, Duration deadline) {
        if (cancelled) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RunFailure(FailureCode.GENERATOR_UNAVAILABLE,
                    "could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // a binary that never reads its stdin may have closed it already
        }
        Drain out = new Drain(process.getInputStream(), stdoutLines);
        Drain err = new Drain(process.getErrorStream(), line -> false);
        start(out, "child-stdout");
        start(err, "child-stderr");
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree();
                if (cancelled) {
                    throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
                }
                throw new RunFailure(FailureCode.OTHER, command.get(0) + " was still running " + deadline.toSeconds()
                        + " s after it started (its duration plus the grace period); it was killed");
            }
            // a grandchild that kept the pipes open must not hold the runner up
            out.join(STREAM_WAIT_MILLIS);
            err.join(STREAM_WAIT_MILLIS);
        } catch (InterruptedException e) {
            killTree();
            Thread.currentThread().interrupt();
            throw new RunFailure(FailureCode.CANCELLED, "the runner was interrupted");
        } finally {
            killTree();
        }
        if (cancelled) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
        }
        return new Result(process.exitValue(), out.text(), err.text(), out.truncated || err.truncated);
    }

    /** Kills the running binary and its descendants; {@link #run} then ends with CANCELLED. */
    public void cancel() {
        cancelled = true;
        killTree();
    }

    private static void start(Runnable drain, String name) {
        Thread thread = new Thread(drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Kills the binary's descendants, and the binary itself while it runs: destroying a process that has exited
     * would close its streams under the threads still reading its last output.
     */
    private void killTree() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        if (p.isAlive()) {
            p.destroyForcibly();
        }
    }

    /**
     * Reads one stream to its end line by line, handing each line to a listener and keeping at most
     * {@link #OUTPUT_CAP} bytes of the lines it does not take.
     */
    private static final class Drain implements Runnable {

        private final InputStream in;
        private final Predicate<String> lines;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final Object done = new Object();
        private boolean finished;
        private volatile boolean truncated;

        Drain(InputStream in, Predicate<String> lines) {
            this.in = in;
            this.lines = lines;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        line.write(buffer[i]);
                        if (buffer[i] == '\n') {
                            endLine();
                        }
                    }
                }
            } catch (IOException e) {
                // the process was killed: what was read so far is all there is
            } finally {
                endLine();
                synchronized (done) {
                    finished = true;
                    done.notifyAll();
                }
            }
        }

        private void endLine() {
            if (line.size() == 0) {
                return;
            }
            byte[] bytes = line.toByteArray();
            line.reset();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (lines.test(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text)) {
                return;
            }
            synchronized (kept) {
                int room = OUTPUT_CAP - kept.size();
                if (room > 0) {
                    kept.write(bytes, 0, Math.min(room, bytes.length));
                }
                if (bytes.length > room) {
                    truncated = true;
                }
            }
        }

        void join(long millis) throws InterruptedException {
            long until = System.currentTimeMillis() + millis;
            synchronized (done) {
                while (!finished && System.currentTimeMillis() < until) {
                    done.wait(Math.max(1, until - System.currentTimeMillis()));
                }
            }
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}

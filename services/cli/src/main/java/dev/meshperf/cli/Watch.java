package dev.meshperf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.meshperf.contracts.api.LiveProgress;

/**
 * Follows a test's server-sent events until it ends, showing a progress bar with live requests/s, p99 and errors:
 * redrawn in place on a terminal, one line per second otherwise (logs, CI).
 */
final class Watch {

    private static final int BAR = 24;

    private final GatewayClient gateway;
    private final PrintStream err;
    private final boolean silent;
    private final boolean terminal;
    private final long totalSeconds;
    private final Duration warmup;

    Watch(GatewayClient gateway, PrintStream err, boolean silent, Duration total, Duration warmup) {
        this.gateway = gateway;
        this.err = err;
        this.silent = silent;
        this.terminal = System.console() != null;
        this.totalSeconds = Math.max(1, total == null ? 1 : total.toSeconds());
        this.warmup = warmup == null ? Duration.ZERO : warmup;
    }

    /** How long the live stream may stay broken (the gateway or analysis restarting) before the watch gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(2);

    /**
     * Returns the final status once the stream ends. A stream broken by a restart is resumed where it stopped; the
     * progress line goes on meanwhile, saying it reconnects.
     */
    String follow(String testId) {
        String[] status = {"PENDING"};
        long[] seconds = {0};
        Instant[] previousEnd = {null};
        long[] errors = {0};
        gateway.events("/api/results/" + testId + "/events", data -> {
            LiveProgress e = read(data);
            status[0] = e.status() == null ? status[0] : e.status();
            List<LiveProgress.Point> points = e.points() == null ? List.of() : e.points();
            for (LiveProgress.Point p : points) {
                PointRate rate = PointRate.of(e.startAt(), warmup, previousEnd[0], p.end(), p.requests(), p.interval())
                        .within(totalSeconds);
                previousEnd[0] = p.end();
                seconds[0] = Math.max(seconds[0], rate.elapsedSeconds());
                show(seconds[0], rate.requestsPerSecond(), p.p99Ms() == null ? -1 : p.p99Ms(), e.errors(), status[0]);
            }
            errors[0] = e.errors();
            if (points.isEmpty()) {
                show(seconds[0], -1, -1, e.errors(), status[0]);
            }
        }, () -> isFinal(status[0]), () -> show(seconds[0], -1, -1, errors[0], "reconnecting"), PATIENCE);
        if (!silent && terminal) {
            err.println();
        }
        return status[0];
    }

    static boolean isFinal(String status) {
        return !status.equals("PENDING") && !status.equals("RUNNING");
    }

    private void show(long second, long rps, double p99, long errors, String status) {
        if (silent || (!terminal && rps < 0)) {
            return;
        }
        int filled = (int) Math.min(BAR, BAR * second / totalSeconds);
        String bar = "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "]";
        String rate = rps < 0
                ? ""
                : p99 < 0
                        ? String.format("%8d req/s   p99        - ms   errors %d", rps, errors)
                        : String.format("%8d req/s   p99 %8.3f ms   errors %d", rps, p99, errors);
        String line = String.format("%s %3d/%ds %-12s %s", bar, second, totalSeconds, status.toLowerCase(), rate);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static LiveProgress read(String data) {
        try {
            return GatewayClient.API.readValue(data, LiveProgress.class);
        } catch (IOException e) {
            throw new CliException("the gateway sent an event that is not live progress: " + data,
                    ExitCodes.UNAVAILABLE);
        }
    }
}

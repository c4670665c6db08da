package dev.meshperf.cli;

import java.time.Duration;
import java.time.Instant;

/**
 * What one live point stands for: its requests over its own length, and how far into the run it ends. A point is one
 * second for a runner that reports every second, and the whole measured run for one that reports once at the end
 * (wrk2, fortio, Nighthawk), so its count is only a rate once divided by its length.
 */
record PointRate(long requestsPerSecond, long elapsedSeconds) {

    /** Below this a point's measured length is taken to be clock skew between hosts, and the point one second. */
    private static final Duration SHORTEST = Duration.ofMillis(500);

    /**
     * @param startAt when the run started (its warm-up first), or null when not known
     * @param warmup the warm-up, left out of every point
     * @param previousEnd where the previous point ended, or null for the first one
     */
    static PointRate of(Instant startAt, Duration warmup, Instant previousEnd, Instant end, long requests,
            long interval) {
        Instant from = previousEnd != null ? previousEnd : startAt == null ? null : startAt.plus(warmup);
        Duration length = from == null || end == null ? Duration.ofSeconds(1) : Duration.between(from, end);
        if (length.compareTo(SHORTEST) < 0) {
            length = Duration.ofSeconds(1);
        }
        long rate = Math.round(requests * 1000.0 / length.toMillis());
        long elapsed = startAt == null || end == null
                ? warmup.toSeconds() + interval + 1
                : Math.max(1, Math.round(Duration.between(startAt, end).toMillis() / 1000.0));
        return new PointRate(rate, elapsed);
    }

    /**
     * The same point with its elapsed seconds at most {@code totalSeconds}: a runner that started a little after the
     * planned start ends its last point after the planned end, which must not read "16/15s".
     */
    PointRate within(long totalSeconds) {
        return elapsedSeconds <= totalSeconds ? this : new PointRate(requestsPerSecond, totalSeconds);
    }
}

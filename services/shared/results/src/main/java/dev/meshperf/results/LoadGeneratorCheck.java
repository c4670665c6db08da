package dev.meshperf.results;

import java.util.Locale;

import dev.meshperf.contracts.api.LoadGeneratorVerdict;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;

/**
 * Judges whether the load generator kept up with an open-loop (constant-rate) load. Two signs that it did not:
 * <ul>
 * <li>it sent clearly fewer requests than asked (below {@value #RATE_SHORTFALL} of the requested rate, counting what it
 * could not send at all);</li>
 * <li>requests left late: the 99th percentile of the scheduling lag (intended send time to actual send) is at least
 * {@value #LAG_FLOOR_MS} ms and at least a quarter of the latency's 99th percentile, so the latency measured from the
 * intended time is largely time spent in the client.</li>
 * </ul>
 * Latency from the intended send time stays correct either way (coordinated omission is corrected); the verdict tells
 * whether the numbers describe the target or the client.
 */
public final class LoadGeneratorCheck {

    static final double RATE_SHORTFALL = 0.97;
    static final double LAG_FLOOR_MS = 5;
    static final double LAG_SHARE = 0.25;

    private LoadGeneratorCheck() {
    }

    /**
     * @param schedulingLag
     * null when the generator does not report it
     */
    public static LoadGeneratorVerdict judge(Summary summary, LatencyStats schedulingLag) {
        if (summary == null || summary.requests() == 0) {
            return new LoadGeneratorVerdict(LoadGeneratorVerdict.UNKNOWN, "nothing was measured");
        }
        if (summary.requestedRps() == null) {
            return new LoadGeneratorVerdict(LoadGeneratorVerdict.UNKNOWN,
                    "not judged for the max (closed-loop) model: each connection sends its next request when the"
                            + " previous one is answered, so the target sets the pace");
        }
        double asked = summary.requestedRps();
        double sent = summary.actualRps();
        if (asked > 0 && sent < asked * RATE_SHORTFALL) {
            return new LoadGeneratorVerdict(LoadGeneratorVerdict.FALLING_BEHIND,
                    format("the load generator fell behind: it sent %.1f of the %.1f req/s asked%s; the results"
                            + " describe the client as much as the target (add connections, shards or runners)",
                            sent, asked, summary.dropped() > 0
                                    ? format(" and could not send %d requests at all", summary.dropped())
                                    : ""));
        }
        if (schedulingLag == null || summary.latencyMs() == null) {
            return new LoadGeneratorVerdict(LoadGeneratorVerdict.UNKNOWN,
                    format("it sent %.1f of the %.1f req/s asked; this generator does not report how late requests"
                            + " left", sent, asked));
        }
        double lag = schedulingLag.p99();
        double latency = summary.latencyMs().p99();
        if (lag >= LAG_FLOOR_MS && lag >= LAG_SHARE * latency) {
            return new LoadGeneratorVerdict(LoadGeneratorVerdict.FALLING_BEHIND,
                    format("the load generator fell behind: 1 %% of requests left %.1f ms or more after their intended"
                            + " time, %.0f %% of the latency p99 (%.1f ms); latency from the intended time is right,"
                            + " but much of it was spent in the client (add connections, shards or runners)", lag,
                            100 * lag / latency, latency));
        }
        return new LoadGeneratorVerdict(LoadGeneratorVerdict.OK,
                format("the load generator kept up: %.1f of %.1f req/s sent, scheduling lag p99 %.3f ms", sent, asked,
                        lag));
    }

    /**
     * The lag sign alone, for a run in progress whose rate so far cannot be held against the asked rate (a ramp or
     * steps: the asked rate of the whole run is their average, not what was asked so far).
     */
    public static LoadGeneratorVerdict judgeLag(Summary soFar, LatencyStats schedulingLag) {
        if (soFar == null || soFar.requests() == 0 || soFar.requestedRps() == null) {
            return judge(soFar, schedulingLag);
        }
        Summary rateAsSent = new Summary(soFar.requests(), soFar.errors(), soFar.durationSeconds(),
                soFar.actualRps(), soFar.actualRps(), soFar.latencyMs(), soFar.serviceTimeMs(), soFar.statusCodes(),
                soFar.errorsByClass(), soFar.bytesSent(), soFar.bytesReceived(), soFar.dropped(), soFar.approximate(),
                soFar.reconnects());
        return judge(rateAsSent, schedulingLag);
    }

    /** The verdict of a run that ended with {@code status}: judged only when it completed. */
    public static LoadGeneratorVerdict forRun(TestStatus status, Summary summary, LatencyStats schedulingLag) {
        return status == TestStatus.COMPLETED
                ? judge(summary, schedulingLag)
                : notCompleted(status == null ? "UNKNOWN" : status.name());
    }

    /**
     * A run that did not complete (cancelled on purpose, a shard lost, failed): its shortfall says nothing about the
     * generator.
     */
    public static LoadGeneratorVerdict notCompleted(String status) {
        return new LoadGeneratorVerdict(LoadGeneratorVerdict.UNKNOWN, "CANCELLED".equals(status)
                ? "not judged: the run was cancelled"
                : "not judged: the run ended " + status + ", so its rate says nothing about the load generator");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

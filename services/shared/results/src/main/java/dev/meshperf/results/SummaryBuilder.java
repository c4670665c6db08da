package dev.meshperf.results;

import java.time.Duration;

import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.histogram.LatencyStatsCalculator;

/** The summary of a merged run. */
public final class SummaryBuilder {

    private SummaryBuilder() {
    }

    /**
     * @param measured
     * the measured duration the spec asked for; actual throughput is computed over it (or over the
     * span of the samples when it is null)
     * @param requestedRps
     * null for the closed-loop model
     */
    public static Summary build(SampleMerger merged, Duration measured, Double requestedRps) {
        SampleMerger.Totals t = merged.totals();
        double seconds = measured != null
                ? measured.toNanos() / 1e9
                : merged.firstIntervalStart() == null
                        ? 0
                        : Duration.between(merged.firstIntervalStart(), merged.lastIntervalEnd()).toNanos() / 1e9;
        double actual = seconds <= 0 ? 0 : Math.round(t.requests() / seconds * 100.0) / 100.0;
        return new Summary(t.requests(), t.errors(), seconds, requestedRps, actual,
                LatencyStatsCalculator.of(merged.latency()), LatencyStatsCalculator.of(merged.serviceTime()),
                t.statusCodes(), t.errorsByClass(), t.bytesSent(), t.bytesReceived(), t.dropped(),
                merged.approximate() ? Boolean.TRUE : null, t.reconnects());
    }
}

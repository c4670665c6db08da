package dev.meshperf.contracts.api;

import java.util.Map;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;

/**
 * The one-object JSON result that {@code ./meshperf run --json} and {@code ./meshperf load --json} print. Field names
 * are a public interface: add fields, never rename them.
 */
public record RunReport(
        String testId,
        TestStatus status,
        String reason,
        String generator,
        int shards,
        long requests,
        long errors,
        double durationSeconds,
        Double requestedRps,
        double actualRps,
        LatencyStats latencyMs,
        LatencyStats serviceTimeMs,
        LatencyStats schedulingLagMs,
        Map<String, Long> statusCodes,
        Map<String, Long> errorsByClass,
        long dropped,
        long reconnects,
        long bytesSent,
        long bytesReceived,
        SloVerdict slo,
        Boolean approximate,
        LoadGeneratorVerdict loadGenerator) {

    public static RunReport of(String testId, TestStatus status, String reason, String generator, int shards,
            Summary summary, LatencyStats schedulingLag, long reconnects, SloVerdict slo,
            LoadGeneratorVerdict loadGenerator) {
        return new RunReport(testId, status, reason, generator, shards, summary.requests(), summary.errors(),
                summary.durationSeconds(), summary.requestedRps(), summary.actualRps(), summary.latencyMs(),
                summary.serviceTimeMs(), schedulingLag, summary.statusCodes(), summary.errorsByClass(),
                summary.dropped(), reconnects, summary.bytesSent(), summary.bytesReceived(), slo,
                summary.approximate(), loadGenerator);
    }
}

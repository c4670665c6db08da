package dev.meshperf.contracts.events;

import java.util.Map;

/**
 * The merged result of every interval of every shard.
 *
 * @param requestedRps
 * null for the closed-loop (max) model
 * @param approximate
 * true when a generator reported percentiles rather than every value (wrk, fortio, Nighthawk), so the latency
 * histograms were rebuilt from its percentile spectrum; absent otherwise
 * @param reconnects
 * connections the target closed that the generator opened again; absent in results stored before it was added
 */
public record Summary(
        long requests,
        long errors,
        double durationSeconds,
        Double requestedRps,
        double actualRps,
        LatencyStats latencyMs,
        LatencyStats serviceTimeMs,
        Map<String, Long> statusCodes,
        Map<String, Long> errorsByClass,
        long bytesSent,
        long bytesReceived,
        long dropped,
        Boolean approximate,
        Long reconnects) {
}

package dev.meshperf.contracts.events;

import java.util.Map;

/**
 * The merged result of every interval of every shard.
 *
 * @param requestedRps
 * null for the closed-loop (max) model
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
        long dropped) {
}

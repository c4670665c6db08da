package dev.meshperf.contracts.events;

import java.util.Map;

/**
 * Counts over one interval (not cumulative), so that intervals and shards add up exactly.
 *
 * @param requests
 * responses received and requests that ended in an error
 * @param errorsByClass
 * keys from {@link ErrorClass#wireName()}
 * @param statusCodes
 * HTTP status codes or gRPC status names, as strings
 * @param dropped
 * requests that were due but found the bounded queue full; they were never sent
 * @param reconnects
 * connections re-opened after the server or the network closed them
 */
public record Counters(
        long requests,
        long errors,
        Map<String, Long> errorsByClass,
        Map<String, Long> statusCodes,
        long bytesSent,
        long bytesReceived,
        long dropped,
        long reconnects) {

    public static Counters empty() {
        return new Counters(0, 0, Map.of(), Map.of(), 0, 0, 0, 0);
    }
}

package dev.meshperf.runnerwrk2.domain;

import java.util.List;
import java.util.Map;

/**
 * What the generated {@code done()} hook prints: wrk's summary, its error counters, the status codes counted by
 * {@code response()}, and the latency percentile spectrum as [percentile, microseconds] pairs.
 *
 * @param requestBytes
 * the size of one request as wrk formats it (for the first endpoint)
 */
public record WrkReport(
        long durationMicros,
        long requests,
        long bytes,
        long requestBytes,
        Errors errors,
        Map<String, Long> statusCodes,
        long minMicros,
        long maxMicros,
        List<double[]> spectrum) {

    /** wrk's error counters; {@code status} counts responses with a status of 400 or more. */
    public record Errors(long connect, long read, long write, long status, long timeout) {
    }
}

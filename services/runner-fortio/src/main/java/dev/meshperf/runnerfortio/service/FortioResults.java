package dev.meshperf.runnerfortio.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.PercentileSpectrum;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerfortio.domain.FortioResult;

/**
 * Turns fortio's result JSON into one interval of the sample format, field by field:
 * <ul>
 * <li>latency: {@code DurationHistogram.Data} buckets (seconds), each bucket's count spread evenly from its
 * {@code Start} to its {@code End} as fortio itself interpolates; {@code Percentiles} only when there are no
 * buckets. fortio measures from the actual send, so service time is the same histogram; approximate either way;</li>
 * <li>requests: {@code DurationHistogram.Count}; status codes: {@code RetCodes} ("200", or gRPC's "SERVING");</li>
 * <li>errors: codes of 400 or more, gRPC codes other than SERVING and OK, and fortio's -1 (no response), which is
 * counted as error class {@code other};</li>
 * <li>bytes received: {@code Sizes} (sum, else mean times count); bytes sent: payload size times requests;
 * reconnects: {@code SocketCount} beyond one per connection ({@code NumThreads});</li>
 * <li>interval: {@code StartTime} plus {@code ActualDuration} (nanoseconds).</li>
 * </ul>
 */
public final class FortioResults {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> GRPC_OK = Set.of("SERVING", "OK");
    /** Most distinct values one bucket is spread over. */
    private static final int SPREAD = 50;

    private FortioResults() {
    }

    /** Reads fortio's JSON; fortio's own error reply ({@code {"Error": ...}}) becomes a failure with its message. */
    public static FortioResult parse(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RunFailure(FailureCode.OTHER, "fortio answered something that is not JSON: " + start(json));
        }
        if (tree == null || !tree.isObject()) {
            throw new RunFailure(FailureCode.OTHER, "fortio answered something that is not a result: " + start(json));
        }
        if (tree.has("Error")) {
            String why = tree.path("Exception").isMissingNode() || tree.path("Exception").isNull()
                    ? ""
                    : " (" + tree.path("Exception").toString() + ")";
            throw new RunFailure(FailureCode.OTHER, "fortio refused the run: " + tree.path("Error").asText() + why);
        }
        if (!tree.has("DurationHistogram")) {
            throw new RunFailure(FailureCode.OTHER, "fortio's answer has no DurationHistogram: " + start(json));
        }
        try {
            return JSON.treeToValue(tree, FortioResult.class);
        } catch (JsonProcessingException e) {
            throw new RunFailure(FailureCode.OTHER, "fortio's result does not have the expected shape: "
                    + e.getOriginalMessage());
        }
    }

    /**
     * @param payloadBytes
     * the size of the request body sent with each call
     */
    public static IntervalData toInterval(FortioResult result, Instant fallbackStart, long payloadBytes) {
        Histogram latency = latency(result.durationHistogram());
        Instant start = startOf(result, fallbackStart);
        Instant end = start.plus(result.actualDurationNanos(), ChronoUnit.NANOS);
        return new IntervalData(start, end, latency, latency.copy(), HistogramCodec.newHistogram(),
                counters(result, payloadBytes));
    }

    static Histogram latency(FortioResult.HistogramData data) {
        Histogram histogram = HistogramCodec.newHistogram();
        if (data == null || data.count() == 0) {
            return histogram;
        }
        if (data.data() == null || data.data().isEmpty()) {
            return fromPercentiles(data);
        }
        for (FortioResult.Bucket bucket : data.data()) {
            if (bucket.count() < 0 || bucket.end() < bucket.start()) {
                throw new RunFailure(FailureCode.OTHER, "fortio's histogram has an impossible bucket " + bucket);
            }
            spread(histogram, micros(bucket.start()), micros(bucket.end()), bucket.count());
        }
        if (histogram.getTotalCount() != data.count()) {
            throw new RunFailure(FailureCode.OTHER, "fortio's histogram buckets hold " + histogram.getTotalCount()
                    + " calls but its Count is " + data.count());
        }
        return histogram;
    }

    private static void spread(Histogram histogram, long from, long to, long count) {
        if (count == 0) {
            return;
        }
        int steps = (int) Math.min(SPREAD, count);
        long each = count / steps;
        long extra = count % steps;
        for (int i = 0; i < steps; i++) {
            long value = from + (to - from) * (i + 1) / steps;
            histogram.recordValueWithCount(Math.max(HistogramCodec.LOWEST_US, value), each + (i < extra ? 1 : 0));
        }
    }

    private static Histogram fromPercentiles(FortioResult.HistogramData data) {
        List<PercentileSpectrum.Point> points = new ArrayList<>();
        if (data.percentiles() != null) {
            data.percentiles().forEach(p -> points.add(new PercentileSpectrum.Point(p.percentile(),
                    micros(p.value()))));
        }
        points.add(new PercentileSpectrum.Point(100, micros(data.max())));
        try {
            return PercentileSpectrum.toHistogram(points, data.count());
        } catch (IllegalArgumentException e) {
            throw new RunFailure(FailureCode.OTHER, "fortio's percentiles are inconsistent: " + e.getMessage());
        }
    }

    static Counters counters(FortioResult result, long payloadBytes) {
        long requests = result.durationHistogram() == null ? 0 : result.durationHistogram().count();
        Map<String, Long> codes = new TreeMap<>();
        long errors = 0;
        long noResponse = 0;
        for (Map.Entry<String, Long> code : (result.retCodes() == null
                ? Map.<String, Long>of()
                : result.retCodes()).entrySet()) {
            long n = code.getValue() == null ? 0 : code.getValue();
            Integer numeric = numeric(code.getKey());
            if (numeric != null && numeric < 0) {
                noResponse += n;
                continue;
            }
            codes.put(code.getKey(), n);
            if (numeric != null ? numeric >= 400 : !GRPC_OK.contains(code.getKey())) {
                errors += n;
            }
        }
        Map<String, Long> byClass = noResponse > 0 ? Map.of(ErrorClass.OTHER.wireName(), noResponse) : Map.of();
        FortioResult.HistogramData sizes = result.sizes();
        long received = sizes == null
                ? 0
                : sizes.sum() != null ? Math.round(sizes.sum()) : Math.round(sizes.avg() * sizes.count());
        long sockets = result.socketCount() == null ? 0 : result.socketCount();
        return new Counters(requests, errors + noResponse, byClass, codes, payloadBytes * requests, received, 0,
                Math.max(0, sockets - result.numThreads()));
    }

    private static Instant startOf(FortioResult result, Instant fallback) {
        if (result.startTime() == null || result.startTime().isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(result.startTime());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(result.startTime()).toInstant();
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }

    private static Integer numeric(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long micros(double seconds) {
        return Math.round(seconds * 1_000_000);
    }

    private static String start(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? "(nothing)" : t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}

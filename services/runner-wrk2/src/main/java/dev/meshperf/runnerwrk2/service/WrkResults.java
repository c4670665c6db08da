package dev.meshperf.runnerwrk2.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.PercentileSpectrum;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerwrk2.domain.WrkReport;

/**
 * Turns wrk's output into one interval of the sample format. Counters map as follows: requests are wrk's completed
 * requests plus its connect, read, write and timeout errors; errors are those four plus responses of 400 or more; the
 * error classes are {@code connect_refused} (wrk's connect errors), {@code reset} (read and write errors) and
 * {@code timeout}. wrk counts no bytes sent: they are the request's size times the requests. The latency histogram is
 * rebuilt from the percentile spectrum, hence approximate.
 */
public final class WrkResults {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WrkResults() {
    }

    /** Finds and reads the result line in wrk's stdout. */
    public static WrkReport parse(String stdout) {
        for (String line : stdout.split("\n")) {
            int at = line.indexOf(LuaScript.MARKER);
            if (at >= 0) {
                try {
                    return JSON.readValue(line.substring(at + LuaScript.MARKER.length()).strip(), WrkReport.class);
                } catch (JsonProcessingException e) {
                    throw new RunFailure(FailureCode.OTHER,
                            "wrk printed an unreadable result line: " + e.getOriginalMessage());
                }
            }
        }
        throw new RunFailure(FailureCode.OTHER, "wrk ended without a result line; it printed: " + tail(stdout));
    }

    /**
     * @param constantRate
     * wrk2: its latency is measured from the intended send time, so it is the latency histogram only and no
     * service time is known; wrk: closed loop, latency and service time are the same thing
     */
    public static IntervalData toInterval(WrkReport report, Instant start, boolean constantRate) {
        List<PercentileSpectrum.Point> points = new ArrayList<>();
        for (double[] pair : report.spectrum() == null ? List.<double[]>of() : report.spectrum()) {
            if (pair.length != 2) {
                throw new RunFailure(FailureCode.OTHER, "wrk's spectrum holds a point that is not a pair");
            }
            // wrk2's percentiles are HdrHistogram's highest equivalent values, which may lie a bucket's width above
            // the largest latency it recorded (its max); no latency was above that
            long value = report.maxMicros() > 0 ? Math.min((long) pair[1], report.maxMicros()) : (long) pair[1];
            points.add(new PercentileSpectrum.Point(pair[0], value));
        }
        Histogram latency;
        try {
            latency = PercentileSpectrum.toHistogram(points, report.requests());
        } catch (IllegalArgumentException e) {
            throw new RunFailure(FailureCode.OTHER, "wrk's result is inconsistent: " + e.getMessage());
        }
        Histogram serviceTime = constantRate ? HistogramCodec.newHistogram() : latency.copy();
        Instant end = start.plus(report.durationMicros(), ChronoUnit.MICROS);
        return new IntervalData(start, end, latency, serviceTime, HistogramCodec.newHistogram(), counters(report));
    }

    static Counters counters(WrkReport report) {
        WrkReport.Errors e = report.errors() == null ? new WrkReport.Errors(0, 0, 0, 0, 0) : report.errors();
        Map<String, Long> byClass = new TreeMap<>();
        put(byClass, ErrorClass.CONNECT_REFUSED, e.connect());
        put(byClass, ErrorClass.RESET, e.read() + e.write());
        put(byClass, ErrorClass.TIMEOUT, e.timeout());
        long transport = e.connect() + e.read() + e.write() + e.timeout();
        Map<String, Long> codes = report.statusCodes() == null ? Map.of() : new TreeMap<>(report.statusCodes());
        long failedStatuses = codes.isEmpty()
                ? e.status()
                : codes.entrySet().stream().filter(c -> statusAtLeast400(c.getKey())).mapToLong(Map.Entry::getValue)
                        .sum();
        return new Counters(report.requests() + transport, transport + failedStatuses, byClass, codes,
                report.requestBytes() * report.requests(), report.bytes(), 0, 0);
    }

    private static boolean statusAtLeast400(String code) {
        try {
            return Integer.parseInt(code) >= 400;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void put(Map<String, Long> byClass, ErrorClass errorClass, long count) {
        if (count > 0) {
            byClass.put(errorClass.wireName(), count);
        }
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.isEmpty() ? "(nothing)" : t.length() > 300 ? "…" + t.substring(t.length() - 300) : t;
    }
}

package dev.meshperf.runnernighthawk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.nighthawk.Counter;
import dev.meshperf.contracts.nighthawk.Output;
import dev.meshperf.contracts.nighthawk.Percentile;
import dev.meshperf.contracts.nighthawk.Result;
import dev.meshperf.contracts.nighthawk.Statistic;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.PercentileSpectrum;
import dev.meshperf.runner.spi.RunFailure;

/**
 * Turns Nighthawk's {@code Output} into one interval of the sample format. It reads the {@code global} result (all
 * workers merged by Nighthawk; a single result when there is only one):
 * <ul>
 * <li>latency: {@code sequencer.callback} (release to completion, so queueing in the client counts); service time:
 * {@code benchmark_http_client.request_to_response} (stream start to response end); scheduling lag:
 * {@code sequencer.blocking}. Each from its percentiles and their counts (approximate);</li>
 * <li>status codes: Nighthawk counts by class, {@code benchmark.http_2xx} .. {@code http_5xx}, kept as "2xx" ..
 * "5xx"; errors: 4xx, 5xx, {@code benchmark.pool_connection_failure} (class connect_refused) and
 * {@code benchmark.stream_resets} (class reset); requests: every status class plus those failures;</li>
 * <li>dropped: {@code benchmark.pool_overflow} (open loop: a request due with every connection busy is skipped);
 * bytes: {@code upstream_cx_tx_bytes_total} and {@code upstream_cx_rx_bytes_total};</li>
 * <li>interval: {@code execution_start} plus {@code execution_duration}.</li>
 * </ul>
 */
public final class NighthawkResults {

    public static final String LATENCY = "sequencer.callback";
    public static final String SERVICE_TIME = "benchmark_http_client.request_to_response";
    public static final String BLOCKING = "sequencer.blocking";

    private NighthawkResults() {
    }

    public static IntervalData toInterval(Output output, Instant fallbackStart) {
        Result result = global(output);
        Map<String, Statistic> stats = result.getStatisticsList().stream()
                .collect(Collectors.toMap(Statistic::getId, s -> s, (a, b) -> a));
        Statistic serviceStat = stats.get(SERVICE_TIME);
        Statistic latencyStat = stats.getOrDefault(LATENCY, serviceStat);
        if (latencyStat == null) {
            throw new RunFailure(FailureCode.OTHER, "Nighthawk's output has neither " + LATENCY + " nor "
                    + SERVICE_TIME + " (it has " + stats.keySet() + ")");
        }
        Histogram latency = histogram(latencyStat);
        Histogram serviceTime = serviceStat == null ? latency.copy() : histogram(serviceStat);
        Histogram lag = stats.containsKey(BLOCKING) ? histogram(stats.get(BLOCKING)) : HistogramCodec.newHistogram();
        Instant start = result.hasExecutionStart()
                ? Instant.ofEpochSecond(result.getExecutionStart().getSeconds(), result.getExecutionStart().getNanos())
                : fallbackStart;
        Instant end = start.plusSeconds(result.getExecutionDuration().getSeconds())
                .plusNanos(result.getExecutionDuration().getNanos());
        return new IntervalData(start, end, latency, serviceTime, lag, counters(result));
    }

    static Result global(Output output) {
        if (output.getResultsCount() == 0) {
            throw new RunFailure(FailureCode.OTHER, "Nighthawk's output holds no result");
        }
        Optional<Result> global = output.getResultsList().stream().filter(r -> r.getName().equals("global"))
                .findFirst();
        if (global.isEmpty() && output.getResultsCount() > 1) {
            throw new RunFailure(FailureCode.OTHER, "Nighthawk's output has " + output.getResultsCount()
                    + " worker results and no global one");
        }
        return global.orElse(output.getResults(0));
    }

    /** Counts between listed percentiles go to the upper one's value; what is left, to the maximum. */
    static Histogram histogram(Statistic stat) {
        Histogram histogram = HistogramCodec.newHistogram();
        if (stat.getCount() == 0) {
            return histogram;
        }
        List<Percentile> percentiles = new ArrayList<>(stat.getPercentilesList());
        percentiles.sort(Comparator.comparingDouble(Percentile::getPercentile));
        boolean counted = percentiles.stream().anyMatch(p -> p.getCount() > 0);
        long max = micros(stat.hasMax() ? stat.getMax() : null, stat.getRawMax());
        if (!counted) {
            List<PercentileSpectrum.Point> points = new ArrayList<>();
            percentiles.forEach(p -> points.add(new PercentileSpectrum.Point(p.getPercentile() * 100, value(p))));
            points.add(new PercentileSpectrum.Point(100, Math.max(max, points.isEmpty()
                    ? 0
                    : points.get(points.size() - 1).valueMicros())));
            try {
                return PercentileSpectrum.toHistogram(points, stat.getCount());
            } catch (IllegalArgumentException e) {
                throw new RunFailure(FailureCode.OTHER, "Nighthawk's statistic " + stat.getId()
                        + " is inconsistent: " + e.getMessage());
            }
        }
        long placed = 0;
        long last = 0;
        for (Percentile p : percentiles) {
            long value = value(p);
            if (p.getCount() < placed || value < last || p.getCount() > stat.getCount()) {
                throw new RunFailure(FailureCode.OTHER, "Nighthawk's statistic " + stat.getId()
                        + " has percentiles out of order at " + p.getPercentile());
            }
            if (p.getCount() > placed) {
                histogram.recordValueWithCount(Math.max(HistogramCodec.LOWEST_US, value), p.getCount() - placed);
                placed = p.getCount();
            }
            last = value;
        }
        if (placed < stat.getCount()) {
            histogram.recordValueWithCount(Math.max(HistogramCodec.LOWEST_US, Math.max(max, last)),
                    stat.getCount() - placed);
        }
        return histogram;
    }

    static Counters counters(Result result) {
        Map<String, Long> c = new TreeMap<>();
        for (Counter counter : result.getCountersList()) {
            c.merge(counter.getName(), counter.getValue(), Long::sum);
        }
        Map<String, Long> statuses = new TreeMap<>();
        long answered = 0;
        long failedStatuses = 0;
        for (String cls : List.of("1xx", "2xx", "3xx", "4xx", "5xx")) {
            long n = c.getOrDefault("benchmark.http_" + cls, 0L);
            if (n > 0) {
                statuses.put(cls, n);
                answered += n;
                if (cls.startsWith("4") || cls.startsWith("5")) {
                    failedStatuses += n;
                }
            }
        }
        long connectFailures = c.getOrDefault("benchmark.pool_connection_failure", 0L);
        long resets = c.getOrDefault("benchmark.stream_resets", 0L);
        Map<String, Long> byClass = new TreeMap<>();
        if (connectFailures > 0) {
            byClass.put(ErrorClass.CONNECT_REFUSED.wireName(), connectFailures);
        }
        if (resets > 0) {
            byClass.put(ErrorClass.RESET.wireName(), resets);
        }
        return new Counters(answered + connectFailures + resets, failedStatuses + connectFailures + resets, byClass,
                statuses, c.getOrDefault("upstream_cx_tx_bytes_total", 0L),
                c.getOrDefault("upstream_cx_rx_bytes_total", 0L), c.getOrDefault("benchmark.pool_overflow", 0L), 0);
    }

    private static long value(Percentile p) {
        return p.hasDuration() ? micros(p.getDuration(), 0) : Math.round(p.getRawValue() / 1000.0);
    }

    private static long micros(com.google.protobuf.Duration d, long rawNanos) {
        if (d == null) {
            return rawNanos / 1000;
        }
        return d.getSeconds() * 1_000_000 + d.getNanos() / 1000;
    }
}

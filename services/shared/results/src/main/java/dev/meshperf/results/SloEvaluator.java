package dev.meshperf.results;

import java.util.ArrayList;
import java.util.List;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.SloResult;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.spec.SloCheck;

/** Judges a summary against SLO checks; a check whose metric has no value (no data) fails. */
public final class SloEvaluator {

    private SloEvaluator() {
    }

    public static SloVerdict evaluate(List<SloCheck> checks, Summary summary) {
        List<SloResult> results = new ArrayList<>();
        boolean passed = true;
        for (SloCheck check : checks == null ? List.<SloCheck>of() : checks) {
            Double actual = summary == null ? null : value(check.metric(), summary);
            boolean ok = actual != null && compare(actual, check.op(), check.threshold());
            results.add(new SloResult(check, actual, ok));
            passed &= ok;
        }
        return new SloVerdict(passed, results);
    }

    /** The value of a metric name, or null when the summary has none. */
    public static Double value(String metric, Summary summary) {
        if (metric.equals("errorRate")) {
            return summary.requests() == 0 ? null : round(100.0 * summary.errors() / summary.requests());
        }
        if (metric.equals("actualRps")) {
            return summary.actualRps();
        }
        int dot = metric.indexOf('.');
        if (dot < 0) {
            return null;
        }
        LatencyStats stats = switch (metric.substring(0, dot)) {
            case "latency" -> summary.latencyMs();
            case "serviceTime" -> summary.serviceTimeMs();
            default -> null;
        };
        return stats == null ? null : stat(stats, metric.substring(dot + 1));
    }

    static Double stat(LatencyStats s, String name) {
        return switch (name) {
            case "min" -> s.min();
            case "mean" -> s.mean();
            case "max" -> s.max();
            case "p50" -> s.p50();
            case "p75" -> s.p75();
            case "p90" -> s.p90();
            case "p95" -> s.p95();
            case "p99" -> s.p99();
            case "p999" -> s.p999();
            case "p9999" -> s.p9999();
            default -> null;
        };
    }

    private static boolean compare(double actual, String op, double threshold) {
        return switch (op) {
            case "<" -> actual < threshold;
            case "<=" -> actual <= threshold;
            case ">" -> actual > threshold;
            case ">=" -> actual >= threshold;
            default -> false;
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

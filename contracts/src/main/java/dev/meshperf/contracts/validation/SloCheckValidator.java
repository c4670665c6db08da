package dev.meshperf.contracts.validation;

import java.util.List;
import java.util.Set;

import dev.meshperf.contracts.spec.SloCheck;

/** SLO checks must name a metric and an operator meshperf knows. */
public final class SloCheckValidator {

    public static final Set<String> STATS = Set.of("min", "mean", "max", "p50", "p75", "p90", "p95", "p99", "p999",
            "p9999");
    public static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=");

    private SloCheckValidator() {
    }

    public static List<Violation> validate(List<SloCheck> checks, String path) {
        Violations v = new Violations();
        if (checks == null) {
            return v.list();
        }
        for (int i = 0; i < checks.size(); i++) {
            SloCheck check = checks.get(i);
            String at = path + "[" + i + "]";
            if (!v.require(check, at) || !v.require(check.metric(), at + ".metric")) {
                continue;
            }
            if (!knownMetric(check.metric())) {
                v.add(at + ".metric", "'" + check.metric() + "' is not a metric; use errorRate, actualRps, "
                        + "latency.<stat> or serviceTime.<stat> with stat one of " + STATS);
            }
            if (!OPERATORS.contains(String.valueOf(check.op()))) {
                v.add(at + ".op", "'" + check.op() + "' is not one of " + OPERATORS);
            }
            if (Double.isNaN(check.threshold()) || Double.isInfinite(check.threshold())) {
                v.add(at + ".threshold", "must be a finite number");
            }
        }
        return v.list();
    }

    static boolean knownMetric(String metric) {
        if (metric.equals("errorRate") || metric.equals("actualRps")) {
            return true;
        }
        int dot = metric.indexOf('.');
        return dot > 0 && Set.of("latency", "serviceTime").contains(metric.substring(0, dot))
                && STATS.contains(metric.substring(dot + 1));
    }
}

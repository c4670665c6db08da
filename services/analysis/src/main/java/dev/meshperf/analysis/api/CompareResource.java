package dev.meshperf.analysis.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.HdrHistogram.Histogram;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.service.StoredResults;
import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.endpoints.ComparisonEndpoints;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.results.Significance;

/** Compares 2 to 10 runs: {@code GET /api/results/compare?ids=a,b,c}; the first run is the reference. */
public class CompareResource implements ComparisonEndpoints {

    static final int MAX_RUNS = 10;
    /** Throughput differences below this share of the reference are treated as noise. */
    static final double RATE_NOISE = 0.02;

    @Inject
    StoredResults stored;

    /** One run as the comparison needs it. */
    record Run(Summary summary, Histogram latency, Histogram serviceTime) {
    }

    @Override
    @Transactional
    public Comparison compareResults(String ids) {
        List<String> testIds = ids == null
                ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (testIds.size() < 2 || testIds.size() > MAX_RUNS) {
            throw ProblemException.badRequest("ids", "give 2 to " + MAX_RUNS + " test ids separated by commas, got "
                    + testIds.size());
        }
        if (new HashSet<>(testIds).size() != testIds.size()) {
            throw ProblemException.badRequest("ids", "a test id appears twice");
        }
        List<Run> runs = new ArrayList<>();
        for (String id : testIds) {
            TestRun run = stored.get(id);
            runs.add(new Run(StoredResults.summary(run), StoredResults.latency(run), StoredResults.serviceTime(run)));
        }
        List<Comparison.Metric> metrics = new ArrayList<>();
        metrics.add(throughput(runs, "requests", "count", s -> (double) s.requests()));
        metrics.add(throughput(runs, "actualRps", "requests/s", Summary::actualRps));
        metrics.add(metric(runs, "errorRate", "%", r -> r.summary().requests() == 0
                ? null
                : 100.0 * r.summary().errors() / r.summary().requests(),
                (a, b) -> Significance.errorRatesDiffer(a.summary().errors(), a.summary().requests(),
                        b.summary().errors(), b.summary().requests()),
                "two-proportion z-test, 95 %"));
        for (double p : new double[]{50, 90, 99, 99.9}) {
            metrics.add(percentile(runs, "latency", p, Run::latency));
        }
        metrics.add(percentile(runs, "serviceTime", 99, Run::serviceTime));
        metrics.add(metric(runs, "latency.max", "ms",
                r -> r.latency().getTotalCount() == 0 ? null : r.latency().getMaxValue() / 1000.0, (a, b) -> null,
                "not judged: a maximum is a single observation"));
        return new Comparison(testIds, metrics, null);
    }

    private static Comparison.Metric throughput(List<Run> runs, String name, String unit,
            Function<Summary, Double> value) {
        return metric(runs, name, unit, r -> value.apply(r.summary()), (a, b) -> {
            double x = value.apply(a.summary());
            double y = value.apply(b.summary());
            return x == 0 ? null : Math.abs(y - x) / x > RATE_NOISE;
        }, "differs by more than " + (int) (RATE_NOISE * 100) + " %");
    }

    private static Comparison.Metric percentile(List<Run> runs, String kind, double p,
            Function<Run, Histogram> histogram) {
        String name = kind + ".p" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p).replace(".", ""));
        return metric(runs, name, "ms", r -> {
            Histogram h = histogram.apply(r);
            return h.getTotalCount() == 0 ? null : h.getValueAtPercentile(p) / 1000.0;
        }, (a, b) -> Significance.percentilesDiffer(histogram.apply(a), histogram.apply(b), p),
                "95 % confidence intervals from order statistics do not overlap");
    }

    /** A metric read from each run (runs without a summary have no value) and judged against the first run. */
    private static Comparison.Metric metric(List<Run> runs, String name, String unit, Function<Run, Double> read,
            BiFunction<Run, Run, Boolean> differs, String method) {
        List<Double> values = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        List<Boolean> significant = new ArrayList<>();
        Run reference = runs.get(0);
        Double base = reference.summary() == null ? null : read.apply(reference);
        for (Run run : runs) {
            boolean first = run == reference;
            Double v = run.summary() == null ? null : read.apply(run);
            values.add(v);
            boolean comparable = !first && v != null && base != null;
            deltas.add(comparable ? round(v - base) : null);
            percents.add(comparable && base != 0 ? round(100 * (v - base) / base) : null);
            significant.add(comparable ? differs.apply(reference, run) : null);
        }
        return new Comparison.Metric(name, unit, values, deltas, percents, significant, method);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

package dev.meshperf.analysis.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.HdrHistogram.Histogram;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.analysis.service.StoredResults;
import dev.meshperf.contracts.api.BaselineVerdict;
import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.LoadGeneratorVerdict;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.contracts.api.RunSetup;
import dev.meshperf.contracts.api.SeriesPoint;
import dev.meshperf.contracts.api.ShardStats;
import dev.meshperf.contracts.api.endpoints.ResultEndpoints;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.RunLabels;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.histogram.LatencyStatsCalculator;
import dev.meshperf.problem.Paging;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.results.HistogramBuckets;
import dev.meshperf.results.LoadGeneratorCheck;

/** Results of tests: list with paging and filters, and one result in full. */
public class ResultResource implements ResultEndpoints {

    static final int MAX_PAGE_SIZE = 500;
    /** Bars of the latency and service-time histograms (logarithmic, shared by both). */
    static final int HISTOGRAM_BARS = 40;

    @Inject
    TestRunRepository runs;

    @Inject
    StoredResults stored;

    @Inject
    CompareResource comparisons;

    @Override
    @Transactional
    public List<ResultListItem> listResults(String profileId, String from,
            String to, int page,
            int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return runs.list(profileId, instant("from", from), instant("to", to), page, size).stream()
                .map(this::item).toList();
    }

    @Override
    @Transactional
    public ResultDetail getResult(String testId) {
        TestRun run = stored.get(testId);
        Summary summary = StoredResults.summary(run);
        TestRequested request = StoredResults.request(run);
        Histogram latency = StoredResults.latency(run);
        Histogram serviceTime = StoredResults.serviceTime(run);
        List<SeriesPoint> series = runs.seriesPoints(testId);
        ProfileRef profile = run.profileId == null
                ? null
                : new ProfileRef(run.profileId, run.profileName, run.profileVersion == null ? 0 : run.profileVersion);
        LatencyStats lag = run.schedulingLagHistogram == null
                ? null
                : LatencyStatsCalculator.of(HistogramCodec.decode(run.schedulingLagHistogram));
        long lowest = Math.min(orMax(latency), orMax(serviceTime));
        long highest = Math.max(latency.getMaxValue(), serviceTime.getMaxValue());
        return new ResultDetail(run.testId, run.status, run.reason, run.generator, profile, run.shards,
                run.shardsReported, run.runners == null || run.runners.isEmpty()
                        ? List.of()
                        : Arrays.asList(run.runners.split(",")),
                perShard(run), run.duplicates, run.startAt, run.endedAt, summary, lag,
                StoredResults.read(run.sloJson, SloVerdict.class), baseline(run), series,
                HistogramBuckets.logarithmic(latency, lowest, highest, HISTOGRAM_BARS),
                HistogramBuckets.spectrum(latency), name(run, request), labels(request), RunSetup.of(request),
                HistogramBuckets.logarithmic(serviceTime, lowest, highest, HISTOGRAM_BARS),
                HistogramBuckets.spectrum(serviceTime),
                verdict(run, summary, lag));
    }

    /**
     * Whether the load generator kept up: not judged while running, nor for a run that did not complete (cancelled,
     * a shard lost, failed), whose shortfall is not the generator's.
     */
    static LoadGeneratorVerdict verdict(TestRun run, Summary summary, LatencyStats lag) {
        if (TestRun.RUNNING.equals(run.status)) {
            return null;
        }
        return TestStatus.COMPLETED.name().equals(run.status)
                ? LoadGeneratorCheck.judge(summary, lag)
                : LoadGeneratorCheck.notCompleted(run.status);
    }

    /** The smallest recorded value, or "none" (the largest long) for an empty histogram. */
    private static long orMax(Histogram h) {
        return h.getTotalCount() == 0 ? Long.MAX_VALUE : h.getMinValue();
    }

    /** The profile's name, or the name label of an ad-hoc run. */
    static String name(TestRun run, TestRequested request) {
        if (run.profileName != null) {
            return run.profileName;
        }
        Map<String, String> labels = labels(request);
        return labels.get("name");
    }

    private static Map<String, String> labels(TestRequested request) {
        return request == null || request.labels() == null ? Map.of() : request.labels();
    }

    private static List<ShardStats> perShard(TestRun run) {
        ShardStats[] shards = StoredResults.read(run.shardsJson, ShardStats[].class);
        return shards == null ? List.of() : List.of(shards);
    }

    private BaselineVerdict baseline(TestRun run) {
        var request = StoredResults.request(run);
        String baseline = request == null || request.labels() == null
                ? null
                : request.labels().get(RunLabels.BASELINE);
        if (baseline == null || baseline.equals(run.testId) || TestRun.RUNNING.equals(run.status)) {
            return null;
        }
        if (runs.findById(baseline) == null) {
            return new BaselineVerdict(baseline, null, List.of(), "the baseline run " + baseline + " is not stored",
                    null);
        }
        Comparison c = comparisons.compareResults(baseline + "," + run.testId);
        List<String> worse = c.metrics().stream().filter(ResultResource::regressed).map(Comparison.Metric::name)
                .toList();
        return new BaselineVerdict(baseline, worse.isEmpty(), worse, null, null);
    }

    /** Worse than the baseline by more than noise: higher latency or error rate, lower throughput. */
    private static boolean regressed(Comparison.Metric m) {
        if (m.significant().size() < 2 || !Boolean.TRUE.equals(m.significant().get(1)) || m.deltas().get(1) == null) {
            return false;
        }
        double delta = m.deltas().get(1);
        return switch (m.name()) {
            case "actualRps" -> delta < 0;
            case "requests" -> false;
            default -> delta > 0;
        };
    }

    private ResultListItem item(TestRun run) {
        Summary s = StoredResults.summary(run);
        SloVerdict slo = StoredResults.read(run.sloJson, SloVerdict.class);
        BaselineVerdict baseline = baseline(run);
        return new ResultListItem(run.testId, run.status, run.generator, run.profileId, run.profileName,
                run.profileVersion, run.startAt, run.endedAt, s == null ? null : s.requests(),
                s == null ? null : s.errors(), s == null ? null : s.actualRps(),
                s == null || s.latencyMs() == null ? null : s.latencyMs().p99(),
                slo == null || slo.checks().isEmpty() ? null : slo.passed(),
                name(run, StoredResults.request(run)), s == null ? null : s.requestedRps(),
                s == null || s.latencyMs() == null ? null : s.latencyMs().p50(),
                baseline == null ? null : baseline.passed());
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + value + "' is not an ISO-8601 instant such as "
                    + "2026-11-21T10:00:00Z");
        }
    }

}

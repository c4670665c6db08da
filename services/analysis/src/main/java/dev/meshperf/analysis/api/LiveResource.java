package dev.meshperf.analysis.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.analysis.service.AggregationService;
import dev.meshperf.analysis.service.StoredResults;
import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.contracts.api.endpoints.LiveProgressEndpoints;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.histogram.LatencyStatsCalculator;
import dev.meshperf.contracts.spec.LoadSpec;

/**
 * Progress of a test while it runs (from memory) and once it ended (from the store), so a client polling it sees
 * the same shape throughout. A test requested but not yet seen here is PENDING.
 */
public class LiveResource implements LiveProgressEndpoints {

    @Inject
    AggregationService aggregation;

    @Inject
    TestRunRepository runs;

    /** @param after the last interval the client has; only later points are returned */
    @Override
    @Transactional
    public LiveProgress getLiveProgress(String testId, long after) {
        LiveProgress open = aggregation.live(testId, after);
        if (open != null) {
            return open;
        }
        TestRun run = runs.findById(testId);
        if (run == null) {
            return LiveProgress.pending(testId);
        }
        Summary summary = StoredResults.summary(run);
        List<LiveProgress.Point> points = runs.seriesPoints(testId).stream().filter(p -> p.interval() > after)
                .map(p -> new LiveProgress.Point(p.interval(), p.end(), p.requests(), p.errors(), p.p50Ms(), p.p90Ms(),
                        p.p99Ms()))
                .toList();
        TestRequested request = StoredResults.request(run);
        LoadSpec spec = request == null ? null : request.spec();
        LatencyStats lag = run.schedulingLagHistogram == null
                ? null
                : LatencyStatsCalculator.of(HistogramCodec.decode(run.schedulingLagHistogram));
        return new LiveProgress(testId, run.status, run.shards, run.shardsReported,
                summary == null ? 0 : summary.requests(), summary == null ? 0 : summary.errors(), run.startAt, points,
                spec == null ? null : seconds(spec.warmup()), spec == null ? null : seconds(spec.duration()),
                summary == null ? null : summary.dropped(), lag == null ? null : lag.p99(),
                ResultResource.verdict(run, summary, lag));
    }

    private static Double seconds(java.time.Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }

}

package dev.meshperf.analysis.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.domain.TestSeriesPoint;
import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.contracts.api.SeriesPoint;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.secrets.Redaction;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.results.SampleMerger;
import dev.meshperf.results.SloEvaluator;
import dev.meshperf.results.SummaryBuilder;

/** Writes tests to PostgreSQL; a finished test is written in one transaction, run and series together. */
@ApplicationScoped
public class ResultWriter {

    @Inject
    TestRunRepository runs;

    @Transactional
    public boolean isFinished(String testId) {
        TestRun run = runs.findById(testId);
        return run != null && !TestRun.RUNNING.equals(run.status);
    }

    /** Tests stored as RUNNING, with their request, to reopen after a restart. */
    @Transactional
    public java.util.List<TestRequested> running() {
        return runs.running().stream().filter(r -> r.requestJson != null).map(r -> {
            try {
                return EventJson.mapper().readValue(r.requestJson, TestRequested.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored request of " + r.testId + " is unreadable", e);
            }
        }).toList();
    }

    /** The broker has the test's test.completed. */
    @Transactional
    public void markPublished(String testId) {
        TestRun.update("completionPublished = true where testId = ?1", testId);
    }

    /** Ended tests whose test.completed the broker may not have, ended before {@code endedBefore}, rebuilt. */
    @Transactional
    public List<TestCompleted> unpublished(Instant endedBefore) {
        List<TestRun> pending = TestRun.list("completionPublished = false and status <> ?1 and endedAt < ?2",
                TestRun.RUNNING, endedBefore);
        return pending.stream().map(ResultWriter::completion).toList();
    }

    /** The test.completed of a stored run, as it was published when the run ended. */
    static TestCompleted completion(TestRun run) {
        TestRequested request = StoredResults.request(run);
        return new TestCompleted(run.testId, TestStatus.valueOf(run.status), run.reason,
                request == null ? null : request.profile(), run.generator, run.shards, run.shardsReported,
                run.startAt, run.endedAt, StoredResults.summary(run),
                StoredResults.read(run.sloJson, SloVerdict.class));
    }

    /** Records a test as RUNNING when its first request arrives. */
    @Transactional
    public void recordStart(TestRequested request) {
        TestRun run = runs.findById(request.testId());
        if (run == null) {
            run = new TestRun();
            run.testId = request.testId();
            run.status = TestRun.RUNNING;
            describe(run, request);
            runs.persist(run);
        }
    }

    /**
     * Ends the tests: decides each one's status, computes its summary and SLO verdict, stores everything, all in one
     * transaction. The aggregates must no longer change (they are finished).
     */
    @Transactional
    public List<TestCompleted> completeAll(List<Finish> finishes) {
        return finishes.stream().map(f -> write(f.aggregate(), f.deadlinePassed())).toList();
    }

    /**
     * Ends a test whose result could not be stored as FAILED with the reason, keeping only what cannot be refused
     * (status, reason, counts, times), so that a result that will never fit still ends its test with a true answer.
     */
    @Transactional
    public TestCompleted completeAsFailed(Finish finish, String reason) {
        TestAggregate aggregate = finish.aggregate();
        TestRequested request = aggregate.request;
        int shards = Math.max(aggregate.merger.shardCount(), request == null || request.shard() == null
                ? 1
                : request.shard().count());
        TestRun run = runs.findById(aggregate.testId);
        boolean fresh = run == null;
        if (fresh) {
            run = new TestRun();
            run.testId = aggregate.testId;
        }
        run.status = TestStatus.FAILED.name();
        run.completionPublished = false;
        run.reason = reason;
        run.shards = shards;
        run.shardsReported = aggregate.merger.shardsReported();
        run.endedAt = Instant.now();
        if (run.startAt == null) {
            run.startAt = aggregate.merger.firstIntervalStart();
        }
        if (fresh) {
            runs.persist(run);
        }
        return new TestCompleted(aggregate.testId, TestStatus.FAILED, reason,
                request == null ? null : request.profile(), request == null ? null : request.generator(), shards,
                run.shardsReported, run.startAt, run.endedAt, null, null);
    }

    /**
     * The time the rate is computed over: the planned measured duration of a completed run, but only what the
     * samples cover of a run that ended early (cancelled, failed, partial), or its rate would be understated.
     */
    static Duration measured(SampleMerger merged, TestRequested request, TestStatus status) {
        Duration planned = request == null ? null : LoadSpecs.measuredDuration(request.spec());
        if (status == TestStatus.COMPLETED || merged.firstIntervalStart() == null) {
            return planned;
        }
        Duration covered = Duration.between(merged.firstIntervalStart(), merged.lastIntervalEnd());
        return planned == null || covered.compareTo(planned) < 0 ? covered : planned;
    }

    private TestCompleted write(TestAggregate aggregate, boolean deadlinePassed) {
        SampleMerger merged = aggregate.merger;
        TestRequested request = aggregate.request;
        int shards = Math.max(merged.shardCount(), request == null || request.shard() == null
                ? 1
                : request.shard().count());
        String generator = request == null ? null : request.generator();
        Outcome outcome = aggregate.forcedFailure != null
                ? new Outcome(TestStatus.FAILED, aggregate.forcedFailure)
                : Outcome.decide(shardsOf(aggregate, shards), deadlinePassed, generator);
        Summary summary = merged.totals().requests() == 0 && merged.latency().getTotalCount() == 0
                ? null
                : SummaryBuilder.build(merged, measured(merged, request, outcome.status()),
                        request == null ? null : LoadSpecs.requestedRps(request.spec().load()));
        SloVerdict slo = SloEvaluator.evaluate(request == null ? List.of() : request.slos(), summary);
        Instant ended = Instant.now();

        TestRun run = runs.findById(aggregate.testId);
        boolean fresh = run == null;
        if (fresh) {
            run = new TestRun();
            run.testId = aggregate.testId;
        }
        if (request != null) {
            describe(run, request);
        }
        run.status = outcome.status().name();
        run.completionPublished = false;
        run.reason = outcome.reason();
        run.shards = shards;
        run.shardsReported = merged.shardsReported();
        run.endedAt = ended;
        run.summaryJson = json(summary);
        run.sloJson = json(slo);
        run.latencyHistogram = HistogramCodec.encode(merged.latency());
        run.serviceTimeHistogram = HistogramCodec.encode(merged.serviceTime());
        run.schedulingLagHistogram = HistogramCodec.encode(merged.schedulingLag());
        run.runners = String.join(",", merged.runners());
        run.duplicates = merged.duplicates();
        run.shardsJson = json(merged.shardBreakdown());
        if (run.startAt == null) {
            run.startAt = merged.firstIntervalStart();
        }
        if (fresh) {
            runs.persist(run);
        }
        // no delete first: series rows are only ever written here, in the transaction that ends the run
        for (SeriesPoint point : merged.series()) {
            TestSeriesPoint row = new TestSeriesPoint();
            row.testId = aggregate.testId;
            row.intervalIndex = point.interval();
            row.endAt = point.end();
            row.requests = point.requests();
            row.errors = point.errors();
            row.p50Ms = point.p50Ms();
            row.p90Ms = point.p90Ms();
            row.p99Ms = point.p99Ms();
            row.persist();
        }
        ProfileRef profile = request == null ? null : request.profile();
        return new TestCompleted(aggregate.testId, outcome.status(), outcome.reason(), profile, generator, shards,
                merged.shardsReported(), run.startAt, ended, summary, slo);
    }

    /** What each shard delivered: the unfinished ones said in words (lost, or still running at the deadline). */
    private static Outcome.Shards shardsOf(TestAggregate aggregate, int shards) {
        SampleMerger merged = aggregate.merger;
        java.util.Set<Integer> done = merged.finishedShards();
        java.util.Set<Integer> heard = merged.shardsHeardFrom();
        List<String> unfinished = new java.util.ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            if (done.contains(shard)) {
                continue;
            }
            String lost = aggregate.lost.get(shard);
            long second = merged.coveredUntilSecond(shard);
            unfinished.add(lost != null
                    ? lost
                    : !heard.contains(shard)
                            ? "shard " + shard + " did not report by the deadline"
                            : "shard " + shard + merged.runnerOf(shard) + " did not finish by the deadline"
                                    + (second < 0 ? "" : "; its samples reach second " + second + " of the run"));
        }
        return new Outcome.Shards(shards, done.size(), merged.failures(), unfinished, merged.gaps(),
                merged.totals().requests() > 0, !heard.isEmpty());
    }

    private static void describe(TestRun run, TestRequested request) {
        run.generator = request.generator();
        run.shards = request.shard() == null ? 1 : request.shard().count();
        run.requestedAt = request.requestedAt();
        run.startAt = request.startAt();
        if (request.profile() != null) {
            run.profileId = request.profile().id();
            run.profileName = request.profile().name();
            run.profileVersion = request.profile().version();
        }
        // a result keeps what the run was, never the credentials it sent
        run.requestJson = json(Redaction.request(request));
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

}

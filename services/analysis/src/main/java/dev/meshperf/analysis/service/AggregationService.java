package dev.meshperf.analysis.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.meshperf.analysis.config.AnalysisConfig;
import dev.meshperf.analysis.messaging.BrokerWatch;
import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.LatencyStatsCalculator;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.results.LoadGeneratorCheck;
import dev.meshperf.results.SampleMerger;
import dev.meshperf.results.SummaryBuilder;

/**
 * The open tests of this analysis instance. Requests and samples may arrive in any order (they travel on different
 * topics); a test ends when every shard sent its final sample or went silent (no sample for
 * {@code meshperf.analysis.shard-silence} while the broker answered) and its request has arrived (or a short wait for
 * it has passed), or at its deadline, and is then stored and published once. A test keeps the offset of its first
 * sample uncommitted until it is stored, so after a restart its samples are read again and it is rebuilt whole.
 */
@ApplicationScoped
public class AggregationService {

    private static final Logger LOG = Logger.getLogger(AggregationService.class);
    /** After a cancel, shards have this long to send their CANCELLED final sample. */
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(5);

    @Inject
    AnalysisConfig config;

    @Inject
    ResultWriter writer;

    @Inject
    ResultFinisher finisher;

    @Inject
    FinishedTests finishedTests;

    @Inject
    BrokerWatch broker;

    private final ConcurrentHashMap<String, TestAggregate> open = new ConcurrentHashMap<>();

    public void onRequested(TestRequested request) {
        TestAggregate aggregate = openOrNull(request.testId());
        if (aggregate == null) {
            return;
        }
        boolean complete;
        synchronized (aggregate) {
            if (aggregate.request != null) {
                return;
            }
            complete = aggregate.awaitingRequest;
            // a finished test is being stored by the finisher, which writes the run itself: two inserts would
            // collide. Under this lock, a test not yet finished cannot finish until the start is committed.
            if (!aggregate.finished && !complete) {
                writer.recordStart(request);
            }
            // only now: when the database failed above, a retry of this request must start over
            aggregate.request = request;
            aggregate.deadline = plannedEnd(request).plus(config.grace());
        }
        if (complete) {
            finish(aggregate, false);
        }
    }

    /** Merges a sample read from {@code partition} at {@code offset} (-1: not from Kafka). */
    public void onSample(TestSample sample, int partition, long offset) {
        TestAggregate aggregate = openOrNull(sample.testId());
        if (aggregate == null) {
            LOG.debugf("a sample of finished test %s arrived late and was ignored", sample.testId());
            return;
        }
        boolean complete;
        synchronized (aggregate) {
            aggregate.hold(partition, offset);
            if (aggregate.finished) {
                return;
            }
            aggregate.merger.accept(sample);
            aggregate.lastHeard.put(sample.shard().index(), Instant.now());
            if (aggregate.lost.remove(sample.shard().index()) != null) {
                LOG.infof("shard %d of test %s reports again", sample.shard().index(), aggregate.testId);
            }
            complete = aggregate.merger.complete();
            if (complete && aggregate.request == null) {
                // its SLOs and requested rate are in the request: give it a moment to arrive
                aggregate.awaitingRequest = true;
                Instant wait = Instant.now().plus(config.requestWait());
                if (aggregate.deadline.isAfter(wait)) {
                    aggregate.deadline = wait;
                }
                return;
            }
        }
        if (complete) {
            finish(aggregate, false);
        }
    }

    /** Shards end themselves as CANCELLED; the deadline is brought forward in case a runner never answers. */
    public void onCancel(TestCancel cancel) {
        TestAggregate aggregate = open.get(cancel.testId());
        if (aggregate != null) {
            synchronized (aggregate) {
                Instant soon = Instant.now().plus(CANCEL_GRACE);
                if (aggregate.deadline.isAfter(soon)) {
                    aggregate.deadline = soon;
                }
            }
        }
    }

    /**
     * Ends a test at once as FAILED, for example because one of its records was malformed. A test not seen yet is
     * opened to be failed: its request may still be on its way (the topics are read independently).
     */
    public void fail(String testId, TestRequested requestIfKnown, String reason) {
        TestAggregate aggregate = openOrNull(testId);
        if (aggregate == null) {
            return;
        }
        synchronized (aggregate) {
            if (aggregate.finished) {
                return;
            }
            if (aggregate.request == null) {
                aggregate.request = requestIfKnown;
            }
            aggregate.forcedFailure = reason;
        }
        finish(aggregate, false);
    }

    /** Ends every test whose deadline has passed, or whose every shard has finished or gone silent. */
    public void checkDeadlines() {
        Instant now = Instant.now();
        boolean silenceMeans = broker.steadyFor(config.shardSilence());
        for (TestAggregate aggregate : List.copyOf(open.values())) {
            boolean due;
            synchronized (aggregate) {
                boolean settled = silenceMeans && !aggregate.finished && noteSilentShards(aggregate, now);
                // while the broker is out (or this instance is behind), samples wait in it or in the runners'
                // producers: a deadline then says nothing about the shards, so none is enforced
                due = !aggregate.finished && (settled || silenceMeans && aggregate.deadline.isBefore(now));
                if (due && aggregate.awaitingRequest) {
                    LOG.warnf("every shard of test %s finished but its request did not arrive within %s; its result"
                            + " is stored without SLO checks or requested rate", aggregate.testId,
                            config.requestWait());
                }
            }
            if (due) {
                finish(aggregate, true);
            }
        }
    }

    /**
     * Marks the shards of a running test that have sent nothing for the silence span as lost; true when every shard
     * has now finished or is lost (and at least one is lost), so the test ends without waiting for its deadline.
     */
    private boolean noteSilentShards(TestAggregate aggregate, Instant now) {
        TestRequested request = aggregate.request;
        if (request == null || request.shard() == null || request.startAt() == null) {
            return false;
        }
        Instant since = request.startAt().isAfter(aggregate.followedSince)
                ? request.startAt()
                : aggregate.followedSince;
        if (now.isBefore(since.plus(config.shardSilence()))) {
            return false;
        }
        var merger = aggregate.merger;
        java.util.Set<Integer> done = merger.finishedShards();
        for (int shard = 0; shard < request.shard().count(); shard++) {
            if (done.contains(shard) || aggregate.lost.containsKey(shard)) {
                continue;
            }
            Instant heard = aggregate.lastHeard.getOrDefault(shard, since);
            if (heard.isBefore(since)) {
                heard = since;
            }
            if (now.isAfter(heard.plus(config.shardSilence()))) {
                long second = merger.coveredUntilSecond(shard);
                String what = "shard " + shard + merger.runnerOf(shard) + (second < 0
                        ? " never reported"
                        : " went silent after second " + second + " of the run")
                        + " (nothing for " + config.shardSilence().toSeconds() + " s: its runner stopped?)";
                aggregate.lost.put(shard, what);
                LOG.warnf("test %s: %s", aggregate.testId, what);
            }
        }
        return !aggregate.lost.isEmpty() && done.size() + aggregate.lost.size() >= request.shard().count();
    }

    /**
     * Reopens the tests that were running when this instance stopped. Their samples are read again from the topic
     * (their offsets were not committed), so they are rebuilt whole and end like any test.
     */
    void recover(@Observes StartupEvent started) {
        recoverRunning();
    }

    public int recoverRunning() {
        int reopened = 0;
        for (TestRequested request : writer.running()) {
            TestAggregate aggregate = new TestAggregate(request.testId(), null);
            aggregate.request = request;
            Instant planned = plannedEnd(request).plus(config.grace());
            Instant earliest = Instant.now().plus(config.grace());
            aggregate.deadline = planned.isAfter(earliest) ? planned : earliest;
            if (open.putIfAbsent(request.testId(), aggregate) == null) {
                reopened++;
            }
        }
        if (reopened > 0) {
            LOG.infof("reopened %d test(s) that were running when analysis last stopped", reopened);
        }
        return reopened;
    }

    /** Progress of a test still open here, or null when it is not (finished, or never seen). */
    public LiveProgress live(String testId, long afterInterval) {
        TestAggregate aggregate = open.get(testId);
        if (aggregate == null) {
            return null;
        }
        synchronized (aggregate) {
            if (aggregate.finished) {
                return null;
            }
            var merger = aggregate.merger;
            TestRequested request = aggregate.request;
            int shards = request != null ? request.shard().count() : merger.shardCount();
            List<LiveProgress.Point> points = merger.sealedSeries().stream()
                    .filter(p -> p.interval() > afterInterval)
                    .map(p -> new LiveProgress.Point(p.interval(), p.end(), p.requests(), p.errors(), p.p50Ms(),
                            p.p90Ms(), p.p99Ms()))
                    .toList();
            LoadSpec spec = request == null ? null : request.spec();
            Histogram lag = merger.schedulingLag();
            LatencyStats lagStats = lag.getTotalCount() == 0 || merger.approximate()
                    ? null
                    : LatencyStatsCalculator.of(lag);
            Summary soFar = merger.totals().requests() == 0 || spec == null
                    ? null
                    : SummaryBuilder.build(merger, elapsed(merger), LoadSpecs.requestedRps(spec.load()));
            return new LiveProgress(testId, "RUNNING", shards, merger.shardsReported(), merger.totals().requests(),
                    merger.totals().errors(), request == null ? null : request.startAt(), points,
                    spec == null ? null : seconds(spec.warmup()), spec == null ? null : seconds(spec.duration()),
                    merger.totals().dropped(), lagStats == null ? null : lagStats.p99(),
                    // counts alone (a tool that gives latency at its end) arrive a second late: no live judgement
                    soFar == null || merger.latency().getTotalCount() == 0
                            ? null
                            : spec.load() != null && spec.load().type() == LoadModelType.CONSTANT
                                    ? LoadGeneratorCheck.judge(soFar, lagStats)
                                    : LoadGeneratorCheck.judgeLag(soFar, lagStats));
        }
    }

    /** The measured time the merged samples cover so far, for the rate achieved so far. */
    private static Duration elapsed(SampleMerger merger) {
        return merger.firstIntervalStart() == null
                ? null
                : Duration.between(merger.firstIntervalStart(), merger.lastIntervalEnd());
    }

    private static Double seconds(Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }

    public int openTests() {
        return open.size();
    }

    /**
     * Per partition of test.samples, the lowest offset an open test holds: its samples are merged in memory only, so
     * nothing from there on may be committed before the test is stored.
     */
    public java.util.Map<Integer, Long> lowestHeldOffsets() {
        java.util.Map<Integer, Long> held = new java.util.HashMap<>();
        for (TestAggregate aggregate : open.values()) {
            synchronized (aggregate) {
                if (aggregate.heldPartition >= 0) {
                    held.merge(aggregate.heldPartition, aggregate.heldOffset, Math::min);
                }
            }
        }
        return held;
    }

    private TestAggregate openOrNull(String testId) {
        TestAggregate existing = open.get(testId);
        if (existing != null) {
            return existing;
        }
        if (finishedTests.isFinished(testId)) {
            return null;
        }
        return open.computeIfAbsent(testId, id -> new TestAggregate(id, Instant.now().plus(config.grace())));
    }

    /**
     * Marks the test finished (later samples are ignored, the merge is no longer changed) and hands it to the
     * {@link ResultFinisher}, so that the ingest lane goes on merging while it is stored.
     */
    private void finish(TestAggregate aggregate, boolean deadlinePassed) {
        synchronized (aggregate) {
            if (aggregate.finished) {
                return;
            }
            aggregate.finished = true;
        }
        finisher.enqueue(new Finish(aggregate, deadlinePassed), () -> {
            finishedTests.remember(aggregate.testId);
            open.remove(aggregate.testId);
        }, () -> {
            synchronized (aggregate) {
                aggregate.finished = false;
            }
        });
    }

    private static Instant plannedEnd(TestRequested request) {
        Instant start = request.startAt() == null ? Instant.now() : request.startAt();
        return request.spec() == null ? start : start.plus(LoadSpecs.totalDuration(request.spec()));
    }
}

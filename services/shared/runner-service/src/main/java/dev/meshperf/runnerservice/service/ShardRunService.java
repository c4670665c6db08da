package dev.meshperf.runnerservice.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.SampleSink;
import dev.meshperf.runner.spi.Samples;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerservice.config.RunnerConfig;

/**
 * The shards this instance runs. A redelivered request for a shard it already ran or runs is ignored; a shard that
 * cannot run ends at once with a failure sample naming the reason, and the service goes on with the next one.
 */
@ApplicationScoped
public class ShardRunService {

    private static final Logger LOG = Logger.getLogger(ShardRunService.class);
    private static final int REMEMBERED = 10_000;

    @Inject
    LoadRunner runner;

    @Inject
    SampleSink sink;

    @Inject
    RunnerConfig config;

    private final Map<String, RunHandle> active = new ConcurrentHashMap<>();
    private final Set<String> seen = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));
    private final Set<String> cancelled = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    /** What happened to a request: started, ignored as a duplicate, or refused with a failure sample. */
    public enum Outcome {
        STARTED, DUPLICATE, REFUSED
    }

    public Outcome submit(TestRequested request) {
        ShardRun run = new ShardRun(request);
        String key = key(request.testId(), run.shard().index());
        if (!seen.add(key)) {
            LOG.debugf("ignoring a repeated request for %s", key);
            return Outcome.DUPLICATE;
        }
        try {
            refuseIfStaleOrBusy(request, run);
            RunHandle handle = runner.start(run, sink);
            active.put(key, handle);
            LOG.infof("running test %s shard %d/%d (%s, %d connections)", request.testId(), run.shard().index() + 1,
                    run.shard().count(), request.spec().load().type().wireName(), run.connections());
            handle.completion().whenComplete((ok, error) -> {
                active.remove(key);
                if (error != null) {
                    LOG.errorf(error, "test %s shard %d ended with an error", request.testId(), run.shard().index());
                } else {
                    LOG.infof("test %s shard %d done", request.testId(), run.shard().index());
                }
            });
            return Outcome.STARTED;
        } catch (RunFailure failure) {
            LOG.warnf("refused test %s shard %d: %s", request.testId(), run.shard().index(), failure.getMessage());
            sink.accept(new Samples(run, runner.generator()).failure(failure.toFailure(), null));
            return Outcome.REFUSED;
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "could not start test %s shard %d", request.testId(), run.shard().index());
            sink.accept(new Samples(run, runner.generator()).failure(new Failure(FailureCode.OTHER,
                    "the runner could not start the shard: " + unexpected.getMessage()), null));
            return Outcome.REFUSED;
        }
    }

    /** Cancels every shard of the test that runs here; a request that arrives later is refused as cancelled. */
    public int cancel(TestCancel cancel) {
        cancelled.add(cancel.testId());
        int count = 0;
        for (Map.Entry<String, RunHandle> entry : active.entrySet()) {
            if (entry.getKey().startsWith(cancel.testId() + "#")) {
                entry.getValue().cancel();
                count++;
            }
        }
        LOG.infof("cancel of test %s stopped %d shard(s) here", cancel.testId(), count);
        return count;
    }

    /**
     * The runner is asked to stop (SIGTERM, a pod eviction): every shard still running ends now with a CANCELLED
     * final sample (its generator process is killed with it), and the broker gets those samples before the service
     * goes. Waits at most {@code patience} for each step.
     */
    public int stopAll(Duration patience) {
        List<RunHandle> running = List.copyOf(active.values());
        if (running.isEmpty()) {
            return 0;
        }
        LOG.infof("stopping: cancelling %d running shard(s)", running.size());
        running.forEach(RunHandle::cancel);
        try {
            java.util.concurrent.CompletableFuture.allOf(running.stream().map(RunHandle::completion)
                    .toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debugf("a cancelled shard ended with an error: %s", e.getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warnf("%d shard(s) did not end within %s of being cancelled", active.size(), patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return running.size();
    }

    public List<String> activeShards() {
        return List.copyOf(active.keySet());
    }

    private void refuseIfStaleOrBusy(TestRequested request, ShardRun run) {
        if (cancelled.contains(request.testId())) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled before this shard started");
        }
        if (request.startAt() != null && request.spec() != null && request.spec().duration() != null) {
            Instant latestStart = request.startAt().plus(config.maxStartDelay());
            if (Instant.now().isAfter(latestStart)) {
                throw new RunFailure(FailureCode.OTHER, "the request arrived "
                        + Duration.between(request.startAt(), Instant.now()).toSeconds()
                        + " s after its start instant, beyond this runner's maximum start delay of "
                        + config.maxStartDelay() + "; it was not run late");
            }
        }
        if (active.size() >= config.maxConcurrentShards()) {
            throw new RunFailure(FailureCode.LIMIT_EXCEEDED, "this runner already runs " + active.size()
                    + " shards, its limit (meshperf.runner.max-concurrent-shards)");
        }
    }

    private static String key(String testId, int shard) {
        return testId + "#" + shard;
    }
}

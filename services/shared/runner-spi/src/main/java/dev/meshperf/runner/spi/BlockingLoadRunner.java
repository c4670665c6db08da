package dev.meshperf.runner.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;

/**
 * A runner for a generator that reports once, at the end of its run (wrk's {@code done()} hook, fortio's JSON,
 * Nighthawk's Output). Each shard gets a thread that waits for the common start instant, lets the subclass measure,
 * and sends the one final sample; a refusal, a crash or a cancel ends the shard with a failure sample instead. While
 * it measures, a heartbeat sample goes out every {@link #HEARTBEAT} so that analysis sees the runner alive (and sees
 * it die: a shard silent for longer is lost).
 */
public abstract class BlockingLoadRunner implements LoadRunner {

    /** How often a measuring shard says it is alive; well under analysis' shard-silence span (10 s). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shard-heartbeats");
        t.setDaemon(true);
        return t;
    });

    /** What a generator measured over its whole run. */
    public record Measurement(IntervalData data, boolean approximate) {
    }

    private static final long DESCRIBE_TTL_NANOS = 5_000_000_000L;

    private final RunnerLimits limits;
    private volatile GeneratorInfo described;
    private volatile long describedAt;

    protected BlockingLoadRunner(RunnerLimits limits) {
        this.limits = limits;
    }

    /** Looks at the machine: which binary is there, whether the service answers. */
    protected abstract GeneratorInfo probe();

    /** {@link #probe()}, at most every few seconds: describe() is asked at every check of every run. */
    @Override
    public final GeneratorInfo describe() {
        GeneratorInfo info = described;
        if (info == null || System.nanoTime() - describedAt > DESCRIBE_TTL_NANOS) {
            info = probe();
            described = info;
            describedAt = System.nanoTime();
        }
        return info;
    }

    /** Runs the shard's load (warm-up included) and returns the measured part; blocks until it is over. */
    protected abstract Measurement measure(ShardRun run, Cancellation cancellation) throws InterruptedException;

    /**
     * As {@link #measure(ShardRun, Cancellation)}, telling {@code progress} what the generator counts while it runs,
     * for the generators that can (the final measurement still holds everything: what was told is taken from it).
     */
    protected Measurement measure(ShardRun run, Cancellation cancellation, Progress progress)
            throws InterruptedException {
        return measure(run, cancellation);
    }

    @Override
    public final RunHandle start(ShardRun run, SampleSink sink) {
        List<Violation> violations = EventValidator.validate(run.request());
        if (!violations.isEmpty()) {
            throw new RunFailure(FailureCode.INVALID_SPEC, EventValidator.describe(violations));
        }
        unavailable().ifPresent(missing -> {
            throw new RunFailure(FailureCode.GENERATOR_UNAVAILABLE, missing.reason());
        });
        limits.check(run.spec());
        List<Violation> unsupported = unsupported(run.spec());
        if (!unsupported.isEmpty()) {
            throw new RunFailure(FailureCode.UNSUPPORTED, EventValidator.describe(unsupported));
        }
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Void> completion = new CompletableFuture<>();
        Samples samples = new Samples(run, generator());
        Instant[] lastBeat = {run.startAt()};
        // a heartbeat is numbered and handed over under the same lock as the final sample: none can follow it
        ScheduledFuture<?> heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> {
            Instant now = Instant.now();
            if (!now.isAfter(run.startAt()) || cancellation.cancelled()) {
                return;
            }
            synchronized (samples) {
                TestSample beat = samples.heartbeat(lastBeat[0], now);
                if (beat != null) {
                    sink.accept(beat);
                    lastBeat[0] = now;
                }
            }
        }, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        Counters[] told = {Counters.empty()};
        Progress progress = (counters, from, to) -> {
            synchronized (samples) {
                TestSample counted = samples.progress(counters, from, to);
                if (counted != null) {
                    sink.accept(counted);
                    told[0] = CounterSums.plus(told[0], counters);
                }
            }
        };
        Thread thread = new Thread(() -> {
            try {
                Function<Samples, TestSample> last = runToEnd(run, cancellation, progress, told);
                heartbeat.cancel(false);
                synchronized (samples) {
                    sink.accept(last.apply(samples));
                }
                completion.complete(null);
            } catch (RuntimeException | Error e) {
                heartbeat.cancel(false);
                completion.completeExceptionally(e);
            }
        }, generator() + "-" + run.testId() + "-" + run.shard().index());
        thread.setDaemon(true);
        thread.start();
        return new RunHandle() {

            @Override
            public void cancel() {
                cancellation.cancel();
            }

            @Override
            public CompletableFuture<Void> completion() {
                return completion;
            }
        };
    }

    /** Waits for the start, measures, and says how to make the final sample (numbered once the heartbeats stop). */
    private Function<Samples, TestSample> runToEnd(ShardRun run, Cancellation cancellation, Progress progress,
            Counters[] told) {
        try {
            long wait = Duration.between(Instant.now(), run.startAt()).toMillis();
            if (wait > 0) {
                cancellation.await(wait);
            }
            cancellation.check();
            Measurement measured = measure(run, cancellation, progress);
            IntervalData data = measured.data();
            // the progress already sent is in the final counters too: only the rest goes with the final sample
            return samples -> samples.interval(new IntervalData(data.start(), data.end(), data.latency(),
                    data.serviceTime(), data.schedulingLag(), CounterSums.minus(data.counters(), told[0])), true,
                    measured.approximate());
        } catch (RunFailure failure) {
            return samples -> samples.failure(failure.toFailure(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return samples -> samples.failure(new Failure(FailureCode.CANCELLED, "the runner was interrupted"), null);
        } catch (RuntimeException e) {
            return samples -> samples.failure(new Failure(FailureCode.OTHER, generator() + " failed: " + e), null);
        }
    }
}

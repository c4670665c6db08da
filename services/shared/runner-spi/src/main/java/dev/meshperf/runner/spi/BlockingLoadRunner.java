package dev.meshperf.runner.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;

/**
 * A runner for a generator that reports once, at the end of its run (wrk's {@code done()} hook, fortio's JSON,
 * Nighthawk's Output). Each shard gets a thread that waits for the common start instant, lets the subclass measure,
 * and sends the one final sample; a refusal, a crash or a cancel ends the shard with a failure sample instead.
 */
public abstract class BlockingLoadRunner implements LoadRunner {

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
        Thread thread = new Thread(() -> {
            try {
                sink.accept(runToEnd(run, cancellation, samples));
                completion.complete(null);
            } catch (RuntimeException | Error e) {
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

    private TestSample runToEnd(ShardRun run, Cancellation cancellation,
            Samples samples) {
        try {
            long wait = Duration.between(Instant.now(), run.startAt()).toMillis();
            if (wait > 0) {
                cancellation.await(wait);
            }
            cancellation.check();
            Measurement measured = measure(run, cancellation);
            return samples.interval(measured.data(), true, measured.approximate());
        } catch (RunFailure failure) {
            return samples.failure(failure.toFailure(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return samples.failure(new Failure(FailureCode.CANCELLED, "the runner was interrupted"), null);
        } catch (RuntimeException e) {
            return samples.failure(new Failure(FailureCode.OTHER, generator() + " failed: " + e), null);
        }
    }
}

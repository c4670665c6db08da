package dev.meshperf.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.runner.spi.IntervalData;

/**
 * The timeline of one run: connect, start at the common instant, sample every second, stop after warm-up plus
 * duration, let requests in flight finish (at most the request timeout), report the last interval. Lifecycle steps run
 * on the engine's sampler thread; the load itself runs on the workers' event loops. Each worker closes its own
 * intervals at the second boundaries; the sampler collects them a little later on its own timer, so sampling never
 * makes a loop wait.
 */
public final class EngineRun {

    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Duration MAX_DRAIN = Duration.ofSeconds(10);
    /** How long after a boundary the sampler looks for the intervals the workers closed there. */
    private static final long COLLECT_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final EngineSettings settings;
    private final List<Worker> workers;
    private final ScheduledExecutorService sampler;
    private final IntervalListener listener;
    private final CompletableFuture<RunEnd> done = new CompletableFuture<>();

    private long startNanos;
    private long measureFromNanos;
    private long endNanos;
    private Instant intervalStart;
    private ScheduledFuture<?> ticker;
    private volatile boolean cancelled;

    EngineRun(EngineSettings settings, List<Worker> workers, ScheduledExecutorService sampler,
            IntervalListener listener) {
        this.settings = settings;
        this.workers = workers;
        this.sampler = sampler;
        this.listener = listener;
    }

    public CompletableFuture<RunEnd> done() {
        return done;
    }

    /** Stops the load at once; the run ends with its last interval and {@link RunEnd#cancelled()}. */
    public void cancel() {
        cancelled = true;
        sampler.execute(this::finishCancelled);
    }

    void begin() {
        workers.forEach(w -> w.loop().execute(w::connectAll));
        long untilStart = Math.max(0, Duration.between(Instant.now(), settings.startAt()).toNanos());
        startNanos = System.nanoTime() + untilStart;
        measureFromNanos = startNanos + settings.warmup().toNanos();
        endNanos = measureFromNanos + settings.duration().toNanos();
        sampler.schedule(this::startLoad, untilStart, TimeUnit.NANOSECONDS);
    }

    private void startLoad() {
        if (cancelled) {
            return;
        }
        if (!awaitFirstConnection()) {
            String target = settings.targets().get(0).authority();
            String reason = workers.stream().map(Worker::firstConnectFailure).filter(t -> t != null).findFirst()
                    .map(t -> (ErrorClassifier.classify(t) == ErrorClass.TLS
                            ? "TLS handshake with " + target
                                    + " failed: "
                            : "cannot connect to " + target + ": ") + ErrorClassifier.describe(t))
                    .orElse("cannot connect to " + target);
            onLoops(w -> {
                w.closeAll(null);
                return null;
            });
            done.complete(new RunEnd(false, reason));
            return;
        }
        long late = System.nanoTime() - startNanos;
        if (late > 0) {
            // the start instant passed while connecting: the schedule starts now, not with a burst of overdue requests
            startNanos += late;
            measureFromNanos += late;
            endNanos += late;
        }
        // the last second goes into the final interval with the drain, so no interval is shorter than half a second
        long lastBoundary = endNanos - INTERVAL_NANOS / 2 - 1;
        workers.forEach(w -> w.loop()
                .execute(() -> w.begin(startNanos, measureFromNanos, INTERVAL_NANOS, lastBoundary)));
        long firstInterval = Math.max(0, measureFromNanos - System.nanoTime());
        intervalStart = Instant.now().plusNanos(firstInterval);
        ticker = sampler.scheduleAtFixedRate(this::sample, firstInterval + INTERVAL_NANOS + COLLECT_DELAY_NANOS,
                INTERVAL_NANOS, TimeUnit.NANOSECONDS);
        sampler.schedule(this::finish, Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /**
     * Until every connection is up (at most 2 s once one is) or the connect timeout passes; a target that refuses
     * every connection fails fast.
     */
    private boolean awaitFirstConnection() {
        long deadline = System.nanoTime() + Math.min(10_000, settings.requestTimeout().toMillis()) * 1_000_000L;
        long firstUp = 0;
        while (System.nanoTime() < deadline && !cancelled) {
            if (firstUp == 0 && onLoops(Worker::everConnected).contains(true)) {
                firstUp = System.nanoTime();
            }
            if (firstUp != 0 && (onLoops(Worker::allConnected).stream().allMatch(b -> b)
                    || System.nanoTime() - firstUp > 2_000_000_000L)) {
                return true;
            }
            boolean allFailed = onLoops(w -> w.firstConnectFailure() != null).stream().allMatch(b -> b);
            if (allFailed && System.nanoTime() > deadline - (deadline - startNanos) / 2) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return onLoops(Worker::everConnected).contains(true);
    }

    private void sample() {
        if (!cancelled) {
            emitClosedIntervals();
        }
    }

    /** Reports every interval that all workers have closed, oldest first; a loop running late is waited for. */
    private void emitClosedIntervals() {
        while (workers.stream().allMatch(w -> w.intervals().hasFinished())) {
            List<WorkerSnapshot> snapshots = new ArrayList<>(workers.size());
            workers.forEach(w -> snapshots.add(w.intervals().poll()));
            Instant end = intervalStart.plusNanos(INTERVAL_NANOS);
            listener.interval(merge(snapshots, intervalStart, end), false);
            intervalStart = end;
        }
    }

    private void finish() {
        if (cancelled || done.isDone()) {
            return;
        }
        if (ticker != null) {
            ticker.cancel(false);
        }
        onLoops(w -> {
            w.stop();
            return null;
        });
        long drainUntil = System.nanoTime() + Math.min(settings.requestTimeout().toNanos(), MAX_DRAIN.toNanos());
        while (onLoops(Worker::inFlight).stream().mapToInt(Integer::intValue).sum() > 0
                && System.nanoTime() < drainUntil && !cancelled) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        onLoops(w -> {
            w.closeAll(ErrorClass.TIMEOUT);
            return null;
        });
        emitClosedIntervals();
        emitLast();
        done.complete(new RunEnd(false, null));
    }

    private void finishCancelled() {
        if (done.isDone()) {
            return;
        }
        if (ticker != null) {
            ticker.cancel(false);
        }
        onLoops(w -> {
            w.stop();
            w.closeAll(null);
            return null;
        });
        emitLast();
        done.complete(new RunEnd(true, null));
    }

    /** The final interval: what the workers hold now, and any interval only some of them had closed. */
    private void emitLast() {
        List<WorkerSnapshot> snapshots = new ArrayList<>();
        for (Worker worker : workers) {
            for (WorkerSnapshot s = worker.intervals().poll(); s != null; s = worker.intervals().poll()) {
                snapshots.add(s);
            }
        }
        snapshots.addAll(onLoops(Worker::takeSnapshot));
        Instant end = Instant.now();
        listener.interval(merge(snapshots, intervalStart == null ? end : intervalStart, end), true);
        intervalStart = end;
    }

    /** Runs {@code action} on every worker's own loop and waits for all the answers. */
    private <T> List<T> onLoops(Function<Worker, T> action) {
        List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
        for (Worker worker : workers) {
            futures.add(worker.loop().submit(() -> action.apply(worker)));
        }
        List<T> results = new ArrayList<>();
        for (java.util.concurrent.Future<T> future : futures) {
            try {
                results.add(future.get(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("event loop did not answer: " + e.getMessage(), e);
            }
        }
        return results;
    }

    static IntervalData merge(List<WorkerSnapshot> snapshots, Instant start, Instant end) {
        if (snapshots.size() == 1) {
            // one event loop: its histograms are handed over as they are, nothing to copy
            WorkerSnapshot s = snapshots.get(0);
            return new IntervalData(start, end, s.latency(), s.serviceTime(), s.schedulingLag(), s.counters());
        }
        Histogram latency = HistogramCodec.newHistogram();
        Histogram service = HistogramCodec.newHistogram();
        Histogram lag = HistogramCodec.newHistogram();
        long requests = 0;
        long errors = 0;
        long sent = 0;
        long received = 0;
        long dropped = 0;
        long reconnects = 0;
        Map<String, Long> codes = new HashMap<>();
        Map<String, Long> classes = new HashMap<>();
        for (WorkerSnapshot s : snapshots) {
            latency.add(s.latency());
            service.add(s.serviceTime());
            lag.add(s.schedulingLag());
            Counters c = s.counters();
            requests += c.requests();
            errors += c.errors();
            sent += c.bytesSent();
            received += c.bytesReceived();
            dropped += c.dropped();
            reconnects += c.reconnects();
            c.statusCodes().forEach((k, v) -> codes.merge(k, v, Long::sum));
            c.errorsByClass().forEach((k, v) -> classes.merge(k, v, Long::sum));
        }
        return new IntervalData(start, end, latency, service, lag,
                new Counters(requests, errors, classes, codes, sent, received, dropped, reconnects));
    }
}

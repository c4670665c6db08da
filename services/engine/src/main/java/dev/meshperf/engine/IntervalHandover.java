package dev.meshperf.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.netty.channel.EventLoop;

/**
 * Closes a worker's intervals at their boundaries, on the worker's own loop, and leaves them in a lock-free queue for
 * the sampler. The loop neither waits for the sampler nor wakes it: a thread the loop wakes is often placed on the
 * loop's core and preempts it for as long as it encodes the interval.
 */
final class IntervalHandover {

    private final EventLoop loop;
    private final Supplier<WorkerSnapshot> close;
    private final ConcurrentLinkedQueue<WorkerSnapshot> finished = new ConcurrentLinkedQueue<>();
    private final Runnable boundaryTask = this::onBoundary;
    private long next;
    private long last;
    private long interval;
    private boolean stopped;

    /** {@code close} ends the current interval and returns it; it runs on {@code loop}. */
    IntervalHandover(EventLoop loop, Supplier<WorkerSnapshot> close) {
        this.loop = loop;
        this.close = close;
    }

    /** Boundaries every {@code intervalNanos} after {@code fromNanos}, up to {@code lastNanos}. On the loop. */
    void start(long fromNanos, long intervalNanos, long lastNanos) {
        this.interval = intervalNanos;
        this.next = fromNanos + intervalNanos;
        this.last = lastNanos;
        schedule();
    }

    /** No boundary after this; what the worker holds goes into the final snapshot. On the loop. */
    void stop() {
        stopped = true;
    }

    private void schedule() {
        if (!stopped && next <= last) {
            loop.schedule(boundaryTask, next - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
    }

    private void onBoundary() {
        if (stopped) {
            return;
        }
        finished.add(close.get());
        next += interval;
        schedule();
    }

    /** The oldest closed interval the sampler has not taken yet, or null. Any thread. */
    WorkerSnapshot poll() {
        return finished.poll();
    }

    boolean hasFinished() {
        return !finished.isEmpty();
    }
}

package dev.meshperf.runner.spi;

import java.util.ArrayList;
import java.util.List;

import dev.meshperf.contracts.events.FailureCode;

/** The cancel signal of one shard, and what to stop when it comes (a child process, a call in flight). */
public final class Cancellation {

    private final List<Runnable> onCancel = new ArrayList<>();
    private boolean cancelled;

    /** Runs {@code action} at cancel, or at once when the shard is already cancelled. */
    public void onCancel(Runnable action) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                onCancel.add(action);
            }
        }
        if (now) {
            action.run();
        }
    }

    public void cancel() {
        List<Runnable> actions;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            actions = List.copyOf(onCancel);
            onCancel.clear();
        }
        actions.forEach(Runnable::run);
        synchronized (this) {
            notifyAll();
        }
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Throws CANCELLED when the shard was cancelled. */
    public void check() {
        if (cancelled()) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
        }
    }

    /** Waits up to {@code millis} or until cancelled, whichever comes first; then {@link #check()}. */
    public synchronized void await(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!cancelled && System.currentTimeMillis() < until) {
            wait(Math.max(1, until - System.currentTimeMillis()));
        }
        check();
    }
}

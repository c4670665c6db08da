package dev.meshperf.embedded;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness condition while watching that the server process is still alive. */
final class Waits {

    private Waits() {
    }

    static void until(ChildProcess child, String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new ServerStartException(what + " exited during start-up; see " + child.log() + ":\n"
                        + child.logTail(15));
            }
            if (System.nanoTime() > deadline) {
                child.stop(Duration.ofSeconds(2));
                throw new ServerStartException(what + " was not ready after " + timeout.toSeconds() + " s; see "
                        + child.log() + ":\n" + child.logTail(15));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerStartException("interrupted while waiting for " + what);
            }
        }
    }
}

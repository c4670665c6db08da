package dev.meshperf.runner.spi;

import java.util.concurrent.CompletableFuture;

/** A running shard. */
public interface RunHandle {

    /** Stops the load within a second; the shard ends with a final sample whose failure code is CANCELLED. */
    void cancel();

    /** Completes after the final sample was handed to the sink. */
    CompletableFuture<Void> completion();
}

package dev.meshperf.runnerfortio.service;

import java.time.Duration;
import java.util.Optional;

import dev.meshperf.runner.spi.Cancellation;

/** How a run reaches fortio: a fortio server's REST API, or the fortio binary. */
public interface FortioTransport {

    /** fortio's version when it can run now, empty with {@link #unavailableReason()} when it cannot. */
    Optional<String> version();

    String unavailableReason();

    /**
     * Runs one phase and returns fortio's result JSON.
     *
     * @throws dev.meshperf.runner.spi.RunFailure
     * when fortio cannot be reached, fails, or outlives {@code deadline}
     */
    String run(FortioOptions options, Duration deadline, Cancellation cancellation);
}

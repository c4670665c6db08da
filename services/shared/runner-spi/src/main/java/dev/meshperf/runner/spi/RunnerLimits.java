package dev.meshperf.runner.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.contracts.spec.RateStep;

/**
 * Guard rails of a runner: the most load one test may ask for, and optionally the only hosts it may target. A test
 * beyond them is refused with {@link FailureCode#LIMIT_EXCEEDED} naming the limit.
 *
 * @param allowedHosts
 * lower-case host names or addresses; empty allows every host
 */
public record RunnerLimits(double maxRate, int maxConnections, Duration maxDuration, Set<String> allowedHosts) {

    public static RunnerLimits unlimited() {
        return new RunnerLimits(Double.MAX_VALUE, Integer.MAX_VALUE, Duration.ofDays(365), Set.of());
    }

    public void check(LoadSpec spec) {
        double peak = peakRate(spec.load());
        if (peak > maxRate) {
            throw refuse("spec.load: a rate of " + peak + " requests/s is above this runner's limit of " + maxRate);
        }
        if (spec.connections() > maxConnections) {
            throw refuse("spec.connections: " + spec.connections() + " is above this runner's limit of "
                    + maxConnections);
        }
        Duration total = totalDuration(spec);
        if (total.compareTo(maxDuration) > 0) {
            throw refuse("spec.duration: " + total + " (with warm-up) is above this runner's limit of " + maxDuration);
        }
        if (!allowedHosts.isEmpty()) {
            for (Endpoint endpoint : spec.endpoints()) {
                String host = URI.create(endpoint.url()).getHost().toLowerCase(Locale.ROOT);
                if (!allowedHosts.contains(host)) {
                    throw refuse("spec.endpoints: host " + host + " is not in this runner's allow-list "
                            + allowedHosts);
                }
            }
        }
    }

    private static RunFailure refuse(String reason) {
        return new RunFailure(FailureCode.LIMIT_EXCEEDED, reason);
    }

    private static double peakRate(LoadModel load) {
        return switch (load.type()) {
            case MAX -> 0;
            case CONSTANT -> load.rate();
            case RAMP -> Math.max(load.startRate(), load.endRate());
            case STEPS -> load.steps().stream().mapToDouble(RateStep::rate).max().orElse(0);
        };
    }

    /** Warm-up plus the measured part; see {@link LoadSpecs}. */
    public static Duration totalDuration(LoadSpec spec) {
        return LoadSpecs.totalDuration(spec);
    }

    public static Duration measuredDuration(LoadSpec spec) {
        return LoadSpecs.measuredDuration(spec);
    }
}

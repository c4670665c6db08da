package dev.meshperf.runner.spi;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.contracts.spec.RateStep;

/**
 * Guard rails of a runner: the most load one test may ask for, optionally the only hosts it may target, and where
 * load may go at all (the egress policy: link-local and cloud metadata addresses are refused by default). A test
 * beyond them is refused with {@link FailureCode#LIMIT_EXCEEDED} naming the limit and the field.
 *
 * @param allowedHosts
 * lower-case host names or addresses; empty allows every host
 * @param egress
 * checked for every endpoint before a generator is handed its URL (each name resolved then), and by generators that
 * connect themselves for the address they connect to ({@link #checkAddress})
 */
public record RunnerLimits(double maxRate, int maxConnections, Duration maxDuration, Set<String> allowedHosts,
        EgressPolicy egress) {

    public RunnerLimits(double maxRate, int maxConnections, Duration maxDuration, Set<String> allowedHosts) {
        this(maxRate, maxConnections, maxDuration, allowedHosts, EgressPolicy.defaults());
    }

    /** No limit at all, for a load test a user runs from a command line on their own machine. */
    public static RunnerLimits unlimited() {
        return new RunnerLimits(Double.MAX_VALUE, Integer.MAX_VALUE, Duration.ofDays(365), Set.of(),
                EgressPolicy.permitAll());
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
        for (int i = 0; i < spec.endpoints().size(); i++) {
            String field = "spec.endpoints[" + i + "].url";
            String url = spec.endpoints().get(i).url();
            String host = host(url);
            if (!allowedHosts.isEmpty() && (host == null || !allowedHosts.contains(host))) {
                throw refuse(field + ": host " + host + " is not in this runner's allow-list " + allowedHosts);
            }
            egress.check(url, field).ifPresent(v -> {
                throw refuse(v.field() + ": " + v.reason());
            });
        }
    }

    /**
     * For a generator that connects itself: the address a target's connections go to, checked when it is resolved,
     * so that a name cannot resolve to one address for the check and to another for the connection.
     */
    public void checkAddress(String host, InetAddress address, String field) {
        egress.refusal(host, List.of(address)).ifPresent(reason -> {
            throw refuse(field + ": " + reason);
        });
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
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

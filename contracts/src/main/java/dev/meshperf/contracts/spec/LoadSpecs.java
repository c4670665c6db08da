package dev.meshperf.contracts.spec;

import java.time.Duration;

/** What a spec implies, computed one way for every service: how long it measures, and at what rate. */
public final class LoadSpecs {

    private LoadSpecs() {
    }

    /** The measured part: the steps model lasts as long as its steps, the others as {@code duration}. */
    public static Duration measuredDuration(LoadSpec spec) {
        if (spec.load() != null && spec.load().steps() != null && !spec.load().steps().isEmpty()) {
            return spec.load().steps().stream().map(RateStep::duration).reduce(Duration.ZERO, Duration::plus);
        }
        return spec.duration();
    }

    /** Warm-up plus the measured part. */
    public static Duration totalDuration(LoadSpec spec) {
        Duration warmup = spec.warmup() == null ? Duration.ZERO : spec.warmup();
        Duration measured = measuredDuration(spec);
        return warmup.plus(measured == null ? Duration.ZERO : measured);
    }

    /** The average total rate the spec asks for, in requests per second; null for the closed loop. */
    public static Double requestedRps(LoadModel load) {
        if (load == null || load.type() == null) {
            return null;
        }
        return switch (load.type()) {
            case MAX -> null;
            case CONSTANT -> load.rate();
            case RAMP -> (load.startRate() + load.endRate()) / 2;
            case STEPS -> {
                double seconds = load.steps().stream().mapToDouble(s -> s.duration().toNanos() / 1e9).sum();
                double count = load.steps().stream().mapToDouble(s -> s.rate() * s.duration().toNanos() / 1e9).sum();
                yield seconds == 0 ? null : count / seconds;
            }
        };
    }
}

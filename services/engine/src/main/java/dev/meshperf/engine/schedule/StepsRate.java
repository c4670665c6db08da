package dev.meshperf.engine.schedule;

import java.util.List;

/** Piecewise constant: each step's rate for the step's duration, one after the other. */
public final class StepsRate implements RateProfile {

    /** One step, in seconds. */
    public record Step(double rate, double seconds) {
    }

    private final List<Step> steps;
    private final double total;
    private final double duration;

    public StepsRate(List<Step> steps) {
        this.steps = List.copyOf(steps);
        this.total = steps.stream().mapToDouble(s -> s.rate() * s.seconds()).sum();
        this.duration = steps.stream().mapToDouble(Step::seconds).sum();
    }

    @Override
    public double timeOf(double u) {
        double before = 0;
        double elapsed = 0;
        for (Step step : steps) {
            double inStep = step.rate() * step.seconds();
            if (u < before + inStep) {
                return elapsed + (u - before) / step.rate();
            }
            before += inStep;
            elapsed += step.seconds();
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double totalCount() {
        return total;
    }

    @Override
    public double durationSeconds() {
        return duration;
    }
}

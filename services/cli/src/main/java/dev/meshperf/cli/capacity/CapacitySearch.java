package dev.meshperf.cli.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Finds the highest constant rate that a target sustains: one test per step, doubling from the start rate until a
 * step fails (or the limit passes), then halving the gap between the highest passing and the lowest failing rate
 * until it is within the precision. What "passes" means is the trial's business ({@link StepJudge}).
 */
public final class CapacitySearch {

    /** How the search is bounded. {@code precision} is the gap left, as a fraction of the highest passing rate. */
    public record Bounds(long start, long limit, double precision, int maxSteps) {

        public Bounds {
            if (start < 1) {
                throw new IllegalArgumentException("--start: must be at least 1 request/s");
            }
            if (limit < start) {
                throw new IllegalArgumentException("--limit: must not be below --start (" + start + ")");
            }
            if (!(precision > 0 && precision < 1)) {
                throw new IllegalArgumentException("--precision: must be above 0 % and below 100 %");
            }
            if (maxSteps < 1) {
                throw new IllegalArgumentException("--max-steps: must be at least 1");
            }
        }
    }

    /** One step: the rate tried and how it went. */
    public record Step(long rate, StepJudge.Verdict verdict) {
    }

    /**
     * The steps in the order they ran; {@code highestPassing} is null when even the start rate failed,
     * {@code lowestFailing} null when every rate up to the limit passed.
     */
    public record Outcome(List<Step> steps, Long highestPassing, Long lowestFailing, boolean stepsExhausted) {
    }

    private CapacitySearch() {
    }

    public static Outcome search(Bounds bounds, LongFunction<StepJudge.Verdict> trial) {
        List<Step> steps = new ArrayList<>();
        Long passing = null;
        Long failing = null;
        long rate = bounds.start();
        while (true) {
            if (steps.size() == bounds.maxSteps()) {
                return new Outcome(steps, passing, failing, true);
            }
            StepJudge.Verdict verdict = trial.apply(rate);
            steps.add(new Step(rate, verdict));
            if (verdict.passed()) {
                passing = rate;
            } else {
                failing = rate;
            }
            if (passing == null) {
                break;
            }
            if (failing == null) {
                if (rate >= bounds.limit()) {
                    break;
                }
                rate = Math.min(bounds.limit(), rate * 2);
                continue;
            }
            if (failing - passing <= Math.max(1, Math.round(passing * bounds.precision()))) {
                break;
            }
            rate = passing + (failing - passing) / 2;
        }
        return new Outcome(steps, passing, failing, false);
    }
}

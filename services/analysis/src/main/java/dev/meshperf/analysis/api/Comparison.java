package dev.meshperf.analysis.api;

import java.util.List;

/**
 * Runs side by side. For each metric: the value of every run, its difference from the first run, and whether that
 * difference exceeds run-to-run noise ({@code significant}; null for the first run, or where the method cannot judge).
 */
public record Comparison(List<String> testIds, List<Metric> metrics) {

    /** One metric across the runs; {@code method} says how significance was judged. */
    public record Metric(String name, String unit, List<Double> values, List<Double> deltas,
            List<Double> deltaPercents, List<Boolean> significant, String method) {
    }
}

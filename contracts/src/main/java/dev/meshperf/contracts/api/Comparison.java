package dev.meshperf.contracts.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Runs side by side. For each metric: the value of every run, its difference from the first run, and whether that
 * difference exceeds run-to-run noise ({@code significant}; null for the first run, or where the method cannot judge).
 *
 * @param environment
 * what changed in the system from the first run; added by the gateway (the analysis service leaves it out)
 */
public record Comparison(List<String> testIds, List<Metric> metrics,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnvironmentComparison environment) {

    public Comparison withEnvironment(EnvironmentComparison changes) {
        return new Comparison(testIds, metrics, changes);
    }

    /** One metric across the runs; {@code method} says how significance was judged. */
    @Schema(name = "ComparedMetric")
    public record Metric(String name, String unit, List<Double> values, List<Double> deltas,
            List<Double> deltaPercents, List<Boolean> significant, String method) {
    }
}

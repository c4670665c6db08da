package dev.meshperf.contracts.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A run judged against its profile's baseline run: it passes unless a metric got worse by more than run-to-run
 * noise (latency and service-time percentiles or the error rate higher, throughput lower).
 *
 * @param regressions
 * the metrics that got worse, for example {@code latency.p99}
 * @param reason
 * why there is no judgement, when the baseline cannot be read
 * @param environment
 * what changed in the system since the baseline run; added by the gateway (the analysis service leaves it out)
 */
public record BaselineVerdict(String baselineTestId, Boolean passed, List<String> regressions, String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnvironmentComparison environment) {

    public BaselineVerdict withEnvironment(EnvironmentComparison changes) {
        return new BaselineVerdict(baselineTestId, passed, regressions, reason, changes);
    }
}

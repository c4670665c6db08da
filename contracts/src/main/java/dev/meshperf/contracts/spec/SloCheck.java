package dev.meshperf.contracts.spec;

/**
 * One service-level objective, for example {@code latency.p99 <= 250} (milliseconds) or {@code errorRate <= 1}
 * (percent). Metrics: {@code latency.<stat>} and {@code serviceTime.<stat>} in ms, with stat one of min, mean, max,
 * p50, p75, p90, p95, p99, p999, p9999; {@code errorRate} in percent; {@code actualRps}.
 */
public record SloCheck(String metric, String op, double threshold) {
}

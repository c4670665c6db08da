package dev.meshperf.contracts.api;

/** One point of a percentile spectrum: {@code percentile} of the requests took at most {@code ms}. */
public record LatencyPercentile(double percentile, double ms) {
}

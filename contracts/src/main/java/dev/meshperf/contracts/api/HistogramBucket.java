package dev.meshperf.contracts.api;

/** One bar of a latency histogram: values from {@code fromMs} up to {@code toMs}. */
public record HistogramBucket(double fromMs, double toMs, long count, double percent) {
}

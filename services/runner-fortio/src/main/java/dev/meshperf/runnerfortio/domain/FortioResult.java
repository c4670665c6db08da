package dev.meshperf.runnerfortio.domain;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of fortio's {@code HTTPRunnerResults} (and {@code GRPCRunnerResults}) JSON meshperf reads, with fortio's
 * field names. Histogram values are seconds (float) except {@code Sizes}, which are bytes; {@code ActualDuration} is
 * nanoseconds.
 */
public record FortioResult(
        @JsonProperty("RunType") String runType,
        @JsonProperty("Labels") String labels,
        @JsonProperty("StartTime") String startTime,
        @JsonProperty("RequestedQPS") String requestedQps,
        @JsonProperty("ActualQPS") double actualQps,
        @JsonProperty("ActualDuration") long actualDurationNanos,
        @JsonProperty("NumThreads") int numThreads,
        @JsonProperty("Version") String version,
        @JsonProperty("DurationHistogram") HistogramData durationHistogram,
        @JsonProperty("ErrorsDurationHistogram") HistogramData errorsDurationHistogram,
        @JsonProperty("RetCodes") Map<String, Long> retCodes,
        @JsonProperty("Sizes") HistogramData sizes,
        @JsonProperty("SocketCount") Long socketCount) {

    /** fortio's {@code stats.HistogramData}. */
    public record HistogramData(
            @JsonProperty("Count") long count,
            @JsonProperty("Min") double min,
            @JsonProperty("Max") double max,
            @JsonProperty("Sum") Double sum,
            @JsonProperty("Avg") double avg,
            @JsonProperty("StdDev") double stdDev,
            @JsonProperty("Data") List<Bucket> data,
            @JsonProperty("Percentiles") List<Percentile> percentiles) {
    }

    /** A bucket: values from {@code Start} to {@code End}; {@code Count} in it, {@code Percent} cumulative. */
    public record Bucket(
            @JsonProperty("Start") double start,
            @JsonProperty("End") double end,
            @JsonProperty("Percent") double percent,
            @JsonProperty("Count") long count) {
    }

    public record Percentile(@JsonProperty("Percentile") double percentile, @JsonProperty("Value") double value) {
    }
}

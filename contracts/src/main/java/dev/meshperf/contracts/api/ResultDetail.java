package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;

/**
 * Everything about one run: its summary, SLO verdict, per-interval series, a latency histogram for charts and the
 * percentile spectrum.
 *
 * @param runners the runner instances that produced its samples
 * @param duplicates samples received more than once and counted once
 * @param baseline the verdict against the profile's baseline run, when it names one
 * @param name the profile's name, or the name label of a run that was not saved as a profile
 * @param serviceTimeHistogram service time (from the actual send) on the same bars as {@code latencyHistogram}
 * @param serviceTimePercentiles the percentile spectrum of service time, beside latency's: where they part is what
 * coordinated omission would have hidden
 * @param loadGenerator whether the load generator kept up (when it did not, the latencies describe the client)
 */
public record ResultDetail(
        String testId,
        String status,
        String reason,
        String generator,
        ProfileRef profile,
        int shards,
        int shardsReported,
        List<String> runners,
        List<ShardStats> perShard,
        long duplicates,
        Instant startAt,
        Instant endedAt,
        Summary summary,
        LatencyStats schedulingLagMs,
        SloVerdict slo,
        BaselineVerdict baseline,
        List<SeriesPoint> series,
        List<HistogramBucket> latencyHistogram,
        List<LatencyPercentile> latencyPercentiles,
        String name,
        Map<String, String> labels,
        RunSetup setup,
        List<HistogramBucket> serviceTimeHistogram,
        List<LatencyPercentile> serviceTimePercentiles,
        LoadGeneratorVerdict loadGenerator) {

    /** The same result with another baseline verdict (the gateway adds what changed in the system to it). */
    public ResultDetail withBaseline(BaselineVerdict verdict) {
        return new ResultDetail(testId, status, reason, generator, profile, shards, shardsReported, runners, perShard,
                duplicates, startAt, endedAt, summary, schedulingLagMs, slo, verdict, series, latencyHistogram,
                latencyPercentiles, name, labels, setup, serviceTimeHistogram, serviceTimePercentiles,
                loadGenerator);
    }
}

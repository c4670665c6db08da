package dev.meshperf.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.meshperf.contracts.api.HistogramBucket;
import dev.meshperf.contracts.events.Summary;

/**
 * A run in fortio's {@code HTTPRunnerResults} JSON shape (field names as fortio writes them; durations in seconds, as
 * fortio's histograms hold them), so tools that read fortio results can read meshperf's.
 */
public final class FortioExport {

    private FortioExport() {
    }

    /** fortio's {@code HistogramData}. */
    public record DurationHistogram(@JsonProperty("Count") long count, @JsonProperty("Min") double min,
            @JsonProperty("Max") double max, @JsonProperty("Sum") double sum, @JsonProperty("Avg") double avg,
            @JsonProperty("StdDev") double stdDev, @JsonProperty("Data") List<Bucket> data,
            @JsonProperty("Percentiles") List<Percentile> percentiles) {
    }

    /** One bucket: values from Start to End seconds; Percent is cumulative, as in fortio. */
    public record Bucket(@JsonProperty("Start") double start, @JsonProperty("End") double end,
            @JsonProperty("Percent") double percent, @JsonProperty("Count") long count) {
    }

    public record Percentile(@JsonProperty("Percentile") double percentile, @JsonProperty("Value") double value) {
    }

    /** The export; {@code url} is the first endpoint, {@code connections} fortio's NumThreads. */
    public static Map<String, Object> of(String testId, String url, String startTime, Double requestedQps,
            double requestedSeconds, int connections, Summary summary, Histogram latencyUs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RunType", "HTTP");
        out.put("Labels", "meshperf " + testId);
        out.put("StartTime", startTime);
        out.put("RequestedQPS", requestedQps == null ? "max" : String.valueOf(requestedQps));
        out.put("RequestedDuration", seconds(requestedSeconds));
        out.put("ActualQPS", summary == null ? 0 : summary.actualRps());
        out.put("ActualDuration", (long) (summary == null ? 0 : summary.durationSeconds() * 1e9));
        out.put("NumThreads", connections);
        out.put("Version", "meshperf");
        out.put("DurationHistogram", histogram(latencyUs));
        out.put("RetCodes", summary == null ? Map.of() : summary.statusCodes());
        out.put("URL", url);
        out.put("SocketCount", connections);
        out.put("ID", testId);
        return out;
    }

    static DurationHistogram histogram(Histogram h) {
        long n = h.getTotalCount();
        if (n == 0) {
            return new DurationHistogram(0, 0, 0, 0, 0, 0, List.of(), List.of());
        }
        List<Bucket> data = new ArrayList<>();
        long cumulative = 0;
        for (HistogramBucket b : HistogramBuckets.logarithmic(h, 20)) {
            if (b.count() == 0) {
                continue;
            }
            cumulative += b.count();
            data.add(new Bucket(b.fromMs() / 1000, b.toMs() / 1000, 100.0 * cumulative / n, b.count()));
        }
        List<Percentile> percentiles = new ArrayList<>();
        for (double p : new double[]{50, 75, 90, 99, 99.9}) {
            percentiles.add(new Percentile(p, h.getValueAtPercentile(p) / 1e6));
        }
        return new DurationHistogram(n, h.getMinValue() / 1e6, h.getMaxValue() / 1e6, h.getMean() * n / 1e6,
                h.getMean() / 1e6, h.getStdDeviation() / 1e6, data, percentiles);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? (long) s + "s" : s + "s";
    }
}

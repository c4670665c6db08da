package dev.meshperf.cli.options;

import java.io.PrintStream;
import java.util.List;

import dev.meshperf.contracts.api.HistogramBucket;
import dev.meshperf.contracts.api.RunReport;
import dev.meshperf.contracts.events.LatencyStats;

/** The human-readable summary: a table of statistics and a text histogram of latency. */
public final class TextReport {

    private static final int MAX_ROWS = 20;

    private TextReport() {
    }

    public static void print(RunReport r, List<HistogramBucket> latency, PrintStream out) {
        out.printf("%n%s  %s  %d requests in %.1f s, %.1f req/s%s%n", r.status(), r.testId(), r.requests(),
                r.durationSeconds(), r.actualRps(),
                r.requestedRps() == null ? " (max)" : String.format(" (asked %.1f)", r.requestedRps()));
        if (r.reason() != null) {
            out.println("reason: " + r.reason());
        }
        if (r.generator() != null && !r.generator().equals("native")) {
            out.println("generator: " + r.generator());
        }
        if (Boolean.TRUE.equals(r.approximate())) {
            out.println("latency approximate: rebuilt from the generator's percentile spectrum, not value by value");
        }
        if (r.loadGenerator() != null && r.loadGenerator().fallingBehind()) {
            out.println("WARNING " + r.loadGenerator().detail());
        }
        out.printf("errors %d, dropped %d, reconnects %d, sent %s, received %s%n", r.errors(), r.dropped(),
                r.reconnects(), bytes(r.bytesSent()), bytes(r.bytesReceived()));
        if (!r.statusCodes().isEmpty()) {
            out.println("status codes: " + r.statusCodes());
        }
        if (!r.errorsByClass().isEmpty()) {
            out.println("error classes: " + r.errorsByClass());
        }
        out.printf("%n%-16s%9s%9s%9s%9s%9s%9s%9s%9s%n", "ms", "min", "mean", "p50", "p90", "p99", "p99.9", "p99.99",
                "max");
        row(out, "latency", r.latencyMs());
        row(out, "service time", r.serviceTimeMs());
        row(out, "scheduling lag", r.schedulingLagMs());
        histogram(latency, out);
        if (r.slo() != null && !r.slo().checks().isEmpty()) {
            out.println();
            r.slo().checks().forEach(c -> out.printf("SLO %-22s %s (actual %s)%n",
                    c.check().metric() + " " + c.check().op() + " " + c.check().threshold(),
                    c.passed() ? "passed" : "FAILED", c.actual() == null ? "no data" : c.actual()));
        }
    }

    private static void row(PrintStream out, String name, LatencyStats s) {
        if (s == null) {
            out.printf("%-16s%9s%n", name, "no data");
            return;
        }
        out.printf("%-16s%9.3f%9.3f%9.3f%9.3f%9.3f%9.3f%9.3f%9.3f%n", name, s.min(), s.mean(), s.p50(), s.p90(),
                s.p99(), s.p999(), s.p9999(), s.max());
    }

    /** Buckets of latency (logarithmic, as analysis gives them), one row each with a bar of its share. */
    public static void histogram(List<HistogramBucket> buckets, PrintStream out) {
        long total = buckets.stream().mapToLong(HistogramBucket::count).sum();
        if (total == 0) {
            return;
        }
        out.println();
        out.println("latency histogram");
        for (HistogramBucket b : atMost(MAX_ROWS, buckets)) {
            double share = 100.0 * b.count() / total;
            int bar = (int) Math.round(share / 2.5);
            out.printf("  %9.3f - %9.3f ms %8d %6.2f%% %s%n", b.fromMs(), b.toMs(), b.count(), share,
                    "#".repeat(bar));
        }
    }

    /** Adjacent bars merged in pairs until there are at most {@code rows}, so a terminal shows them at a glance. */
    static List<HistogramBucket> atMost(int rows, List<HistogramBucket> buckets) {
        List<HistogramBucket> merged = buckets;
        while (merged.size() > rows) {
            List<HistogramBucket> pairs = new java.util.ArrayList<>();
            for (int i = 0; i < merged.size(); i += 2) {
                HistogramBucket a = merged.get(i);
                HistogramBucket b = i + 1 < merged.size() ? merged.get(i + 1) : null;
                pairs.add(b == null
                        ? a
                        : new HistogramBucket(a.fromMs(), b.toMs(), a.count() + b.count(),
                                a.percent() + b.percent()));
            }
            merged = pairs;
        }
        return merged;
    }

    private static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return String.format("%.1f KiB", b / 1024.0);
        }
        return String.format("%.1f MiB", b / 1024.0 / 1024.0);
    }

}

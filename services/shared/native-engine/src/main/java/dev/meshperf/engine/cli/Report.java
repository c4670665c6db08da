package dev.meshperf.engine.cli;

import java.io.PrintStream;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.results.RunReport;

/** The human-readable summary: a table of statistics and a text histogram of latency. */
final class Report {

    private Report() {
    }

    static void print(RunReport r, Histogram latency, PrintStream out) {
        out.printf("%n%s  %s  %d requests in %.1f s, %.1f req/s%s%n", r.status(), r.testId(), r.requests(),
                r.durationSeconds(), r.actualRps(),
                r.requestedRps() == null ? " (max)" : String.format(" (asked %.1f)", r.requestedRps()));
        if (r.reason() != null) {
            out.println("reason: " + r.reason());
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
        if (!r.slo().checks().isEmpty()) {
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

    /** Ten buckets on a logarithmic scale between the fastest and the slowest response. */
    static void histogram(Histogram h, PrintStream out) {
        if (h.getTotalCount() == 0) {
            return;
        }
        out.println();
        out.println("latency histogram");
        double low = Math.max(1, h.getMinValue());
        double high = Math.max(low * 1.0001, h.getMaxValue() + 1);
        int buckets = 10;
        double ratio = Math.pow(high / low, 1.0 / buckets);
        double from = low;
        for (int i = 0; i < buckets; i++) {
            double to = i == buckets - 1 ? high : from * ratio;
            long count = h.getCountBetweenValues((long) from, Math.max((long) from, (long) to - 1));
            double share = 100.0 * count / h.getTotalCount();
            int bar = (int) Math.round(share / 2.5);
            out.printf("  %9.3f - %9.3f ms %8d %6.2f%% %s%n", from / 1000, to / 1000, count, share, "#".repeat(bar));
            from = to;
        }
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

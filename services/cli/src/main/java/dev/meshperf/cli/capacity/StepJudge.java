package dev.meshperf.cli.capacity;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.meshperf.contracts.events.SloResult;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.spec.SloCheck;

/**
 * Whether one step of a capacity search passed: the test completed, nothing was dropped, it sent its rate (within the
 * tolerance, and one request for rounding), and it met every SLO. The first reason it did not is kept.
 */
public final class StepJudge {

    /** One step's verdict, with what the user wants to see of it. {@code p99Ms} is null without latencies. */
    public record Verdict(boolean passed, String reason, String testId, double actualRps, Double p99Ms) {

        /** The p99 as shown in the step lines and the table: 2 decimals, or "-" without latencies. */
        public String p99Text() {
            return p99Ms == null ? "-" : String.format(Locale.ROOT, "%.2f", p99Ms);
        }
    }

    private StepJudge() {
    }

    public static Verdict judge(String testId, TestStatus status, String reason, Summary summary, SloVerdict slo,
            long rate, Duration duration, double tolerance) {
        double actual = summary == null ? 0 : summary.actualRps();
        Double p99 = summary == null || summary.latencyMs() == null ? null : summary.latencyMs().p99();
        if (status != TestStatus.COMPLETED) {
            return new Verdict(false, "the test ended " + status + (reason == null ? "" : ": " + reason), testId,
                    actual, p99);
        }
        if (summary == null || summary.requests() == 0) {
            return new Verdict(false, "no request was answered", testId, actual, p99);
        }
        if (summary.dropped() > 0) {
            return new Verdict(false, summary.dropped() + " requests dropped: every connection was busy", testId,
                    actual, p99);
        }
        double expected = rate * (duration.toMillis() / 1000.0);
        if (summary.requests() < expected * (1 - tolerance) - 1) {
            return new Verdict(false, String.format(Locale.ROOT, "sent %d of %.0f requests (%.1f req/s)",
                    summary.requests(), expected, actual), testId, actual, p99);
        }
        if (slo != null && !slo.passed()) {
            return new Verdict(false, "SLO " + slo.checks().stream().filter(c -> !c.passed()).map(StepJudge::describe)
                    .collect(Collectors.joining(", ")), testId, actual, p99);
        }
        return new Verdict(true, null, testId, actual, p99);
    }

    private static String describe(SloResult r) {
        return text(r.check()) + " (was " + (r.actual() == null ? "no data" : format(r.actual())) + ")";
    }

    /** A check as the user typed it: {@code latency.p99<=50}. */
    public static String text(SloCheck check) {
        return check.metric() + check.op() + format(check.threshold());
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}

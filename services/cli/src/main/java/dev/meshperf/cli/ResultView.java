package dev.meshperf.cli;

import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.api.HistogramBucket;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.RunReport;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.results.LoadGeneratorCheck;

/** A finished result ({@code GET /api/results/{id}}) as the CLI shows it: its report, histogram and exit code. */
record ResultView(ResultDetail detail, TestStatus status) {

    private static final Summary EMPTY = new Summary(0, 0, 0, null, 0, null, null, Map.of(), Map.of(), 0, 0, 0,
            null, null);

    String reason() {
        return detail.reason();
    }

    Summary summary() {
        return detail.summary();
    }

    SloVerdict slo() {
        return detail.slo();
    }

    List<HistogramBucket> latencyHistogram() {
        return detail.latencyHistogram();
    }

    RunReport report() {
        Summary summary = detail.summary();
        Summary measured = summary == null ? EMPTY : summary;
        LatencyStats lag = detail.schedulingLagMs();
        return RunReport.of(detail.testId(), status, detail.reason(), detail.generator(), detail.shards(), measured,
                lag, summary == null || summary.reconnects() == null ? 0 : summary.reconnects(),
                detail.slo() == null ? new SloVerdict(true, List.of()) : detail.slo(),
                LoadGeneratorCheck.forRun(status, measured, lag));
    }

    /** 0 when it completed and met its SLOs, 1 otherwise. */
    int exitCode() {
        boolean passed = detail.slo() == null || detail.slo().passed();
        return status == TestStatus.COMPLETED && passed ? ExitCodes.OK : ExitCodes.TEST_FAILED;
    }

    /** A result the gateway gave; a status this CLI does not know ends as UNAVAILABLE. */
    static ResultView of(ResultDetail detail) {
        try {
            return new ResultView(detail, detail.status() == null ? null : TestStatus.valueOf(detail.status()));
        } catch (IllegalArgumentException e) {
            throw new CliException("the gateway's result could not be read: " + e.getMessage(),
                    ExitCodes.UNAVAILABLE);
        }
    }
}

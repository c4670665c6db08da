package dev.meshperf.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.api.HistogramBucket;
import dev.meshperf.contracts.api.RunReport;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.results.LoadGeneratorCheck;

/** The parts of a result ({@code GET /api/results/{id}}) the CLI shows; other fields are ignored. */
record ResultView(
        String testId,
        TestStatus status,
        String reason,
        String generator,
        int shards,
        Summary summary,
        LatencyStats schedulingLagMs,
        SloVerdict slo,
        List<HistogramBucket> latencyHistogram) {

    private static final Summary EMPTY = new Summary(0, 0, 0, null, 0, null, null, Map.of(), Map.of(), 0, 0, 0,
            null, null);

    RunReport report() {
        Summary measured = summary == null ? EMPTY : summary;
        return RunReport.of(testId, status, reason, generator, shards, measured, schedulingLagMs,
                summary == null || summary.reconnects() == null ? 0 : summary.reconnects(),
                slo == null ? new SloVerdict(true, List.of()) : slo,
                LoadGeneratorCheck.forRun(status, measured, schedulingLagMs));
    }

    /** 0 when it completed and met its SLOs, 1 otherwise. */
    int exitCode() {
        boolean passed = slo == null || slo.passed();
        return status == TestStatus.COMPLETED && passed ? ExitCodes.OK : ExitCodes.TEST_FAILED;
    }

    /** Reads the gateway's answer; one that cannot be read ends the command as UNAVAILABLE. */
    static ResultView read(String body) {
        try {
            return EventJson.mapper().readValue(body, ResultView.class);
        } catch (IOException e) {
            throw new CliException("the gateway's result could not be read: " + e.getMessage(),
                    ExitCodes.UNAVAILABLE);
        }
    }
}

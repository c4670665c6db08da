package dev.meshperf.analysis.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.domain.TestSeriesPoint;
import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.analysis.service.StoredResults;
import dev.meshperf.contracts.api.endpoints.ResultExportEndpoints;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.results.FortioExport;
import dev.meshperf.results.SmpResultExport;

/**
 * A run in other tools' formats: {@code fortio} (HTTPRunnerResults JSON), {@code smp} (SMP PerformanceTestResult YAML),
 * {@code csv} (the per-second series) and
 * {@code hdr} (an HdrHistogram log of the run's latency, in microseconds).
 */
public class ExportResource implements ResultExportEndpoints {

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    @Inject
    StoredResults stored;

    @Inject
    TestRunRepository runs;

    @Override
    @Transactional
    public Response exportResult(String testId,
            String format) {
        TestRun run = stored.get(testId);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "fortio" -> Response.ok(fortio(run), "application/json").build();
            case "csv" -> Response.ok(csv(testId), "text/csv").build();
            case "hdr" -> Response.ok(hdr(run), "text/plain").build();
            case "smp" -> Response.ok(smp(run), "application/yaml")
                    .header("Content-Disposition", "attachment; filename=\"result_" + testId + ".yaml\"").build();
            default -> throw ProblemException.badRequest("format",
                    "'" + format + "' is not one of fortio, smp, csv, hdr");
        };
    }

    private Object fortio(TestRun run) {
        TestRequested request = StoredResults.request(run);
        Summary summary = StoredResults.summary(run);
        String url = request == null || request.spec() == null ? null : request.spec().endpoints().get(0).url();
        Double qps = summary == null ? null : summary.requestedRps();
        double seconds = summary == null ? 0 : summary.durationSeconds();
        int connections = request == null || request.spec() == null ? 0 : request.spec().connections();
        return FortioExport.of(run.testId, url, run.startAt == null ? null : run.startAt.toString(), qps, seconds,
                connections, summary, StoredResults.latency(run));
    }

    private String smp(TestRun run) {
        TestRequested request = StoredResults.request(run);
        Map<String, Object> result = SmpResultExport.of(run.testId, run.profileId,
                request == null ? null : request.labels(), run.startAt, run.endedAt, "/api/results/" + run.testId,
                StoredResults.summary(run));
        try {
            return YAML.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the SMP result of " + run.testId, e);
        }
    }

    /** A percentile, or nothing for an interval without latency (a CSV's empty cell, not "null"). */
    private static String orEmpty(Double value) {
        return value == null ? "" : value.toString();
    }

    private String csv(String testId) {
        StringBuilder out = new StringBuilder("interval,end,requests,errors,p50_ms,p90_ms,p99_ms\n");
        for (TestSeriesPoint p : runs.series(testId)) {
            out.append(p.intervalIndex).append(',').append(p.endAt).append(',').append(p.requests).append(',')
                    .append(p.errors).append(',').append(orEmpty(p.p50Ms)).append(',').append(orEmpty(p.p90Ms))
                    .append(',').append(orEmpty(p.p99Ms)).append('\n');
        }
        return out.toString();
    }

    private String hdr(TestRun run) {
        Histogram latency = StoredResults.latency(run);
        if (run.startAt != null) {
            latency.setStartTimeStamp(run.startAt.toEpochMilli());
        }
        if (run.endedAt != null) {
            latency.setEndTimeStamp(run.endedAt.toEpochMilli());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            HistogramLogWriter writer = new HistogramLogWriter(print);
            writer.outputComment("meshperf test " + run.testId + ": latency from intended send time, microseconds");
            writer.outputLogFormatVersion();
            writer.outputLegend();
            writer.outputIntervalHistogram(latency);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

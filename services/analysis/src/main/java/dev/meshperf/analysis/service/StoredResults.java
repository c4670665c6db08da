package dev.meshperf.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.problem.ProblemException;

/** Reads stored runs back into their wire shapes; an unknown id is a 404 problem. Call within a transaction. */
@ApplicationScoped
public class StoredResults {

    @Inject
    TestRunRepository runs;

    public TestRun get(String testId) {
        TestRun run = runs.findById(testId);
        if (run == null) {
            throw ProblemException.notFound("no test with id " + testId);
        }
        return run;
    }

    public static Histogram latency(TestRun run) {
        return run.latencyHistogram == null
                ? HistogramCodec.newHistogram()
                : HistogramCodec.decode(run.latencyHistogram);
    }

    public static Histogram serviceTime(TestRun run) {
        return run.serviceTimeHistogram == null
                ? HistogramCodec.newHistogram()
                : HistogramCodec.decode(run.serviceTimeHistogram);
    }

    public static Summary summary(TestRun run) {
        return read(run.summaryJson, Summary.class);
    }

    public static TestRequested request(TestRun run) {
        return read(run.requestJson, TestRequested.class);
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}

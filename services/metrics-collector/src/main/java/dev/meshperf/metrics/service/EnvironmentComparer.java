package dev.meshperf.metrics.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.metrics.domain.RunMetric;
import dev.meshperf.metrics.domain.RunWindow;
import dev.meshperf.metrics.service.diff.EnvironmentDiff;
import dev.meshperf.metrics.service.diff.RunFacts;

/** Compares what the collector stored of runs: each run against the first ({@link EnvironmentDiff}). */
@ApplicationScoped
public class EnvironmentComparer {

    /** The query of the {@code nodes} pack whose peak tells whether a node was saturated. */
    static final String CPU_PACK = "nodes";
    static final String CPU_QUERY = "cpu_percent";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RunEnvironment.Series>> SERIES = new TypeReference<>() {
    };

    @Inject
    ClusterContext cluster;

    public EnvironmentComparison compare(List<String> testIds) {
        List<RunFacts> facts = QuarkusTransaction.requiringNew().call(() -> testIds.stream().map(this::facts)
                .toList());
        List<EnvironmentComparison.Run> runs = new ArrayList<>();
        for (int i = 1; i < facts.size(); i++) {
            runs.add(EnvironmentDiff.compare(facts.get(0), facts.get(i)));
        }
        return new EnvironmentComparison(testIds, runs, null);
    }

    private RunFacts facts(String testId) {
        RunWindow w = RunWindow.findById(testId);
        if (w == null) {
            return new RunFacts(testId, null, null, null, null, List.of(), null);
        }
        KubernetesSnapshot start = cluster.snapshot(w, true);
        KubernetesSnapshot end = cluster.snapshot(w, false);
        return new RunFacts(testId, CollectionService.settings(w.settingsJson), start != null ? start : end, end,
                w.kubernetesError, cluster.timeline(w), cpuPeak(testId));
    }

    /** The highest node CPU % of any Prometheus connection's {@code nodes} pack in the window; null without. */
    private static Double cpuPeak(String testId) {
        Double peak = null;
        for (RunMetric m : RunMetric.<RunMetric>list("testId = ?1 and pack = ?2 and name = ?3", testId, CPU_PACK,
                CPU_QUERY)) {
            if (m.seriesJson == null) {
                continue;
            }
            try {
                for (RunEnvironment.Series s : JSON.readValue(m.seriesJson, SERIES)) {
                    for (double[] point : s.points()) {
                        if (point.length > 1 && !Double.isNaN(point[1]) && (peak == null || point[1] > peak)) {
                            peak = point[1];
                        }
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored series are unreadable", e);
            }
        }
        return peak;
    }
}

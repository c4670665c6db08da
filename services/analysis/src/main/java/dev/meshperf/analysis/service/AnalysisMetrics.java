package dev.meshperf.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.meshperf.contracts.events.TestCompleted;

/** Analysis's own metrics at {@code /q/metrics}: samples merged, tests open, tests ended by status. */
@ApplicationScoped
public class AnalysisMetrics {

    private final MeterRegistry registry;
    private final Counter samples;

    @Inject
    public AnalysisMetrics(MeterRegistry registry, AggregationService aggregation) {
        this.registry = registry;
        samples = Counter.builder("meshperf.analysis.samples").description("samples merged").register(registry);
        Gauge.builder("meshperf.analysis.open.tests", aggregation, AggregationService::openTests)
                .description("tests waiting for samples").register(registry);
    }

    public void sampleMerged() {
        samples.increment();
    }

    void completed(TestCompleted completed) {
        registry.counter("meshperf.tests.completed", "status", completed.status().name()).increment();
    }
}

package dev.meshperf.runnerservice.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;

/**
 * This runner's own metrics at {@code /q/metrics}, fed from the samples it publishes (once a second per shard, never
 * per request): requests, errors and dropped requests, the running shards, and the last interval's latency.
 */
@ApplicationScoped
public class RunnerMetrics {

    private final Counter requests;
    private final Counter errors;
    private final Counter dropped;
    private final Counter samplesLost;
    private final AtomicLong p50Micros = new AtomicLong();
    private final AtomicLong p99Micros = new AtomicLong();

    @Inject
    public RunnerMetrics(MeterRegistry registry, ShardRunService runs) {
        requests = Counter.builder("meshperf.runner.requests").description("requests completed").register(registry);
        errors = Counter.builder("meshperf.runner.errors").description("requests that failed").register(registry);
        dropped = Counter.builder("meshperf.runner.dropped").description("requests dropped: every connection busy")
                .register(registry);
        samplesLost = Counter.builder("meshperf.runner.samples.lost")
                .description("samples the broker did not take within meshperf.send.patience").register(registry);
        Gauge.builder("meshperf.runner.shards", runs, r -> r.activeShards().size())
                .description("shards running on this runner").register(registry);
        Gauge.builder("meshperf.runner.latency.p50", p50Micros, v -> v.get() / 1000.0).baseUnit("milliseconds")
                .description("median latency of the last interval").register(registry);
        Gauge.builder("meshperf.runner.latency.p99", p99Micros, v -> v.get() / 1000.0).baseUnit("milliseconds")
                .description("99th percentile latency of the last interval").register(registry);
    }

    public void sampleLost() {
        samplesLost.increment();
    }

    public void record(TestSample sample) {
        if (sample.counters() != null) {
            requests.increment(sample.counters().requests());
            errors.increment(sample.counters().errors());
            dropped.increment(sample.counters().dropped());
        }
        if (sample.histograms() != null && sample.histograms().latency() != null) {
            Histogram latency = HistogramCodec.decode(sample.histograms().latency());
            if (latency.getTotalCount() > 0) {
                p50Micros.set(latency.getValueAtPercentile(50));
                p99Micros.set(latency.getValueAtPercentile(99));
            }
        }
    }
}

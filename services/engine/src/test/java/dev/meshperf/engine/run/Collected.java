package dev.meshperf.engine.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.runner.spi.SampleSink;

/** A sink that keeps every sample and merges them as analysis would. */
final class Collected implements SampleSink {

    final List<TestSample> samples = new CopyOnWriteArrayList<>();

    @Override
    public void accept(TestSample sample) {
        samples.add(sample);
    }

    long requests() {
        return samples.stream().filter(s -> s.counters() != null).mapToLong(s -> s.counters().requests()).sum();
    }

    long errors() {
        return samples.stream().filter(s -> s.counters() != null).mapToLong(s -> s.counters().errors()).sum();
    }

    long status(String code) {
        return samples.stream().mapToLong(s -> s.counters().statusCodes().getOrDefault(code, 0L)).sum();
    }

    long errorClass(String name) {
        return samples.stream().mapToLong(s -> s.counters().errorsByClass().getOrDefault(name, 0L)).sum();
    }

    long reconnects() {
        return samples.stream().mapToLong(s -> s.counters().reconnects()).sum();
    }

    long dropped() {
        return samples.stream().mapToLong(s -> s.counters().dropped()).sum();
    }

    Histogram latency() {
        return merged(Kind.LATENCY);
    }

    Histogram serviceTime() {
        return merged(Kind.SERVICE);
    }

    Histogram schedulingLag() {
        return merged(Kind.LAG);
    }

    TestSample last() {
        return samples.get(samples.size() - 1);
    }

    private enum Kind {
        LATENCY, SERVICE, LAG
    }

    private Histogram merged(Kind kind) {
        Histogram all = HistogramCodec.newHistogram();
        for (TestSample s : samples) {
            if (s.histograms() == null) {
                continue;
            }
            String encoded = switch (kind) {
                case LATENCY -> s.histograms().latency();
                case SERVICE -> s.histograms().serviceTime();
                case LAG -> s.histograms().schedulingLag();
            };
            all.add(HistogramCodec.decode(encoded));
        }
        return all;
    }
}

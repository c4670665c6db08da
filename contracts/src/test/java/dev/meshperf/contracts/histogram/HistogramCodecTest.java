package dev.meshperf.contracts.histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.Golden;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.kafka.TestSampleDeserializer;

class HistogramCodecTest {

    @Test
    void encodedIntervalsMergeExactlyIntoTheWholeRun() {
        Random random = new Random(7);
        Histogram whole = HistogramCodec.newHistogram();
        Histogram merged = HistogramCodec.newHistogram();
        for (int interval = 0; interval < 5; interval++) {
            Histogram part = HistogramCodec.newHistogram();
            for (int i = 0; i < 10_000; i++) {
                long micros = 50 + (long) (Math.abs(random.nextGaussian()) * 20_000);
                part.recordValue(micros);
                whole.recordValue(micros);
            }
            merged.add(HistogramCodec.decode(HistogramCodec.encode(part)));
        }
        assertThat(merged.getTotalCount()).isEqualTo(50_000);
        assertThat(merged).isEqualTo(whole);
        assertThat(merged.getValueAtPercentile(99.9)).isEqualTo(whole.getValueAtPercentile(99.9));
    }

    @Test
    void aDecodedHistogramTakesValuesUpToAnHour() {
        Histogram small = new Histogram(1, 1000, 3);
        small.recordValue(10);
        Histogram decoded = HistogramCodec.decode(HistogramCodec.encode(small));
        decoded.recordValue(HistogramCodec.HIGHEST_US);
        assertThat(decoded.getTotalCount()).isEqualTo(2);
    }

    @Test
    void theGoldenSampleHoldsItsHundredValues() {
        TestSample sample = new TestSampleDeserializer().deserialize("t", Golden.TEST_SAMPLES_V1.bytes());
        Histogram latency = HistogramCodec.decode(sample.histograms().latency());
        assertThat(latency.getTotalCount()).isEqualTo(100);
        assertThat(latency.getMinValue()).isEqualTo(1000);
        assertThat(latency.getMaxValue()).isBetween(1989L, 1991L);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> HistogramCodec.decode("bm90IGEgaGlzdG9ncmFt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a compressed HdrHistogram");
    }
}

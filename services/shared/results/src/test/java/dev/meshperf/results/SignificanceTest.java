package dev.meshperf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.histogram.HistogramCodec;

class SignificanceTest {

    private static Histogram lognormal(long seed, double medianMs, int n) {
        Random random = new Random(seed);
        Histogram h = HistogramCodec.newHistogram();
        for (int i = 0; i < n; i++) {
            h.recordValue((long) (medianMs * 1000 * Math.exp(0.5 * random.nextGaussian())));
        }
        return h;
    }

    @Test
    void twoRunsOfTheSameDistributionAreNoise() {
        Histogram a = lognormal(1, 10, 20_000);
        Histogram b = lognormal(2, 10, 20_000);
        assertThat(Significance.percentilesDiffer(a, b, 50)).isFalse();
        assertThat(Significance.percentilesDiffer(a, b, 99)).isFalse();
    }

    @Test
    void aTenPercentShiftInTheMedianIsSignificant() {
        Histogram a = lognormal(1, 10, 20_000);
        Histogram b = lognormal(2, 11, 20_000);
        assertThat(Significance.percentilesDiffer(a, b, 50)).isTrue();
        Significance.Interval interval = Significance.percentileInterval(a, 50);
        assertThat(interval.lowMs()).isLessThan(10.0).isGreaterThan(9.5);
        assertThat(interval.highMs()).isGreaterThan(10.0).isLessThan(10.5);
    }

    @Test
    void tinySamplesAreNotJudgedDifferent() {
        assertThat(Significance.percentilesDiffer(lognormal(1, 10, 20), lognormal(2, 12, 20), 99)).isFalse();
    }

    @Test
    void errorRatesByTwoProportionTest() {
        assertThat(Significance.errorRatesDiffer(10, 10_000, 12, 10_000)).isFalse();
        assertThat(Significance.errorRatesDiffer(10, 10_000, 60, 10_000)).isTrue();
        assertThat(Significance.errorRatesDiffer(0, 0, 5, 100)).isFalse();
    }
}

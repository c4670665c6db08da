package dev.meshperf.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.HistogramBucket;

class TextReportTest {

    @Test
    void fortyBarsAreShownAsTwentyWithEveryCountKept() {
        List<HistogramBucket> bars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bars.add(new HistogramBucket(i, i + 1, i * 10L, 1));
        }
        List<HistogramBucket> shown = TextReport.atMost(20, bars);
        assertThat(shown).hasSize(20);
        assertThat(shown.get(0).fromMs()).isZero();
        assertThat(shown.get(0).toMs()).isEqualTo(2);
        assertThat(shown.get(19).toMs()).isEqualTo(40);
        assertThat(shown.stream().mapToLong(HistogramBucket::count).sum()).isEqualTo(7800);
        assertThat(TextReport.atMost(20, bars.subList(0, 7))).hasSize(7);
        assertThat(TextReport.atMost(5, bars.subList(0, 7))).hasSize(4);
    }
}

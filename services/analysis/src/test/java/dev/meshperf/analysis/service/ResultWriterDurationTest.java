package dev.meshperf.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.meshperf.analysis.Events;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.results.SampleMerger;

/** The duration a result's rate is computed over: planned when the run completed, covered when it ended early. */
class ResultWriterDurationTest {

    @Test
    void aRunEndedEarlyIsMeasuredOverWhatItsSamplesCover() {
        String id = Events.newId();
        TestRequested request = Events.request(id, 0, 1, 60);
        SampleMerger merged = new SampleMerger();
        merged.accept(Events.sample(id, 0, 1, 0, false, 5, 6));

        Duration cancelled = ResultWriter.measured(merged, request, TestStatus.CANCELLED);
        assertThat(cancelled).as("one second of samples out of a 60 s plan")
                .isBetween(Duration.ofMillis(900), Duration.ofMillis(1100));
        assertThat(ResultWriter.measured(merged, request, TestStatus.COMPLETED)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void neverLongerThanPlannedNorWithoutSamples() {
        String id = Events.newId();
        TestRequested request = Events.request(id, 0, 1, 1);
        SampleMerger empty = new SampleMerger();
        assertThat(ResultWriter.measured(empty, request, TestStatus.CANCELLED)).isEqualTo(Duration.ofSeconds(1));
        SampleMerger merged = new SampleMerger();
        merged.accept(Events.sample(id, 0, 1, 0, false, 5));
        merged.accept(Events.sample(id, 0, 1, 1, false, 5));
        assertThat(ResultWriter.measured(merged, request, TestStatus.PARTIAL)).isLessThanOrEqualTo(Duration
                .ofSeconds(1));
    }
}

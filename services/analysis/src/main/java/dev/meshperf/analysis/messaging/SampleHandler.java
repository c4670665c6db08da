package dev.meshperf.analysis.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;

import dev.meshperf.analysis.service.AggregationService;
import dev.meshperf.analysis.service.AnalysisMetrics;
import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;

/** Merges one sample into its test; a malformed sample is dead-lettered and fails its test, if the test is known. */
@ApplicationScoped
public class SampleHandler {

    @Inject
    AggregationService aggregation;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    AnalysisMetrics metrics;

    public void handle(RawRecord record) {
        TestSample sample;
        try {
            sample = (TestSample) EventReader.read(Topics.TEST_SAMPLES, record.headers(), record.value(),
                    EventType.TEST_SAMPLES_V1);
        } catch (SerializationException e) {
            reject(record, record.key(), e.getMessage());
            return;
        }
        List<Violation> violations = EventValidator.validate(sample);
        if (!violations.isEmpty()) {
            reject(record, sample.testId() != null ? sample.testId() : record.key(),
                    EventValidator.describe(violations));
            return;
        }
        try {
            aggregation.onSample(sample);
            metrics.sampleMerged();
        } catch (IllegalArgumentException e) {
            reject(record, sample.testId(), e.getMessage());
        }
    }

    private void reject(RawRecord record, String testId, String reason) {
        deadLetters.send(record, Topics.TEST_SAMPLES_DLQ, reason);
        if (testId != null) {
            aggregation.fail(testId, null, "a malformed sample arrived: " + reason);
        }
    }
}

package dev.meshperf.analysis.messaging;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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

    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

    @Inject
    AggregationService aggregation;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    AnalysisMetrics metrics;

    /**
     * Merges the record into its test, or dead-letters it; the stage completes when nothing more is needed for the
     * record to be durable (at once, or once the dead letter is written).
     */
    public CompletionStage<Void> handle(RawRecord record) {
        TestSample sample;
        try {
            sample = (TestSample) EventReader.read(Topics.TEST_SAMPLES, record.headers(), record.value(),
                    EventType.TEST_SAMPLES_V1);
        } catch (SerializationException e) {
            return reject(record, record.key(), e.getMessage());
        }
        List<Violation> violations = EventValidator.validate(sample);
        if (!violations.isEmpty()) {
            return reject(record, sample.testId() != null ? sample.testId() : record.key(),
                    EventValidator.describe(violations));
        }
        try {
            aggregation.onSample(sample, record.partition(), record.offset());
            metrics.sampleMerged();
        } catch (IllegalArgumentException e) {
            return reject(record, sample.testId(), e.getMessage());
        }
        return DONE;
    }

    private CompletionStage<Void> reject(RawRecord record, String testId, String reason) {
        CompletionStage<Void> written = deadLetters.send(record, Topics.TEST_SAMPLES_DLQ, reason);
        if (testId != null) {
            aggregation.fail(testId, null, "a malformed sample arrived: " + reason);
        }
        return written;
    }
}

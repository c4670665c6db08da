package dev.meshperf.analysis.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.meshperf.analysis.service.AggregationService;
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

    public void handle(Message<byte[]> message) {
        TestSample sample;
        try {
            sample = (TestSample) EventReader.read(Topics.TEST_SAMPLES, RecordKeys.headers(message),
                    message.getPayload(), EventType.TEST_SAMPLES_V1);
        } catch (SerializationException e) {
            reject(message, RecordKeys.testId(message), e.getMessage());
            return;
        }
        List<Violation> violations = EventValidator.validate(sample);
        if (!violations.isEmpty()) {
            reject(message, sample.testId() != null ? sample.testId() : RecordKeys.testId(message),
                    EventValidator.describe(violations));
            return;
        }
        try {
            aggregation.onSample(sample);
        } catch (IllegalArgumentException e) {
            reject(message, sample.testId(), e.getMessage());
        }
    }

    private void reject(Message<byte[]> message, String testId, String reason) {
        deadLetters.send(message, Topics.TEST_SAMPLES_DLQ, reason);
        if (testId != null) {
            aggregation.fail(testId, null, "a malformed sample arrived: " + reason);
        }
    }
}

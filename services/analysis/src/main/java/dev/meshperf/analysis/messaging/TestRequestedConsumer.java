package dev.meshperf.analysis.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Blocking;

import dev.meshperf.analysis.service.AggregationService;
import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;

/**
 * Opens a test when its first shard request arrives; an invalid request is dead-lettered and its test FAILED. An
 * unreachable database is waited for ({@link DatabaseRetry}) instead of failing the channel.
 */
@ApplicationScoped
public class TestRequestedConsumer {

    @Inject
    AggregationService aggregation;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    DatabaseRetry retry;

    @Incoming(Channels.TEST_REQUESTED)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        Object event;
        try {
            event = EventReader.read(Topics.TEST_REQUESTED, RecordKeys.headers(message), message.getPayload(),
                    EventType.TEST_REQUESTED_V1);
        } catch (SerializationException e) {
            deadLetters.send(message, Topics.TEST_REQUESTED_DLQ, e.getMessage());
            String testId = RecordKeys.testId(message);
            if (testId != null) {
                String reason = "a malformed test.requested record arrived: " + e.getMessage();
                retry.run("failing test " + testId, () -> aggregation.fail(testId, null, reason));
            }
            return message.ack();
        }
        if (event instanceof TestCancel cancel) {
            aggregation.onCancel(cancel);
        } else if (event instanceof TestRequested request) {
            List<Violation> violations = EventValidator.validate(request);
            if (violations.isEmpty()) {
                retry.run("opening test " + request.testId(), () -> aggregation.onRequested(request));
            } else {
                String reason = EventValidator.describe(violations);
                deadLetters.send(message, Topics.TEST_REQUESTED_DLQ, reason);
                if (request.testId() != null) {
                    retry.run("failing test " + request.testId(),
                            () -> aggregation.fail(request.testId(), request, "invalid test.requested: " + reason));
                }
            }
        }
        return message.ack();
    }
}

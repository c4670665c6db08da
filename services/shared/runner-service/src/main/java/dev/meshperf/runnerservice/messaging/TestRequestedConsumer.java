package dev.meshperf.runnerservice.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.service.RunService;

/**
 * Reads {@code test.requested}: shards for this service's generator are started, cancellations stop running
 * shards, and records nobody could run (unreadable, or invalid) go to the dead-letter topic with the reason. Starting
 * a shard returns at once, so one long test never holds up the next record.
 */
@ApplicationScoped
public class TestRequestedConsumer {

    @Inject
    RunService runs;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    LoadRunner runner;

    @Incoming(Channels.TEST_REQUESTED)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders).orElse(null);
        Object event;
        try {
            event = EventReader.read(Topics.TEST_REQUESTED, headers, message.getPayload(), EventType.TEST_REQUESTED_V1);
        } catch (SerializationException e) {
            deadLetters.send(message, e.getMessage());
            return message.ack();
        }
        if (event instanceof TestCancel cancel) {
            runs.cancel(cancel);
        } else if (event instanceof TestRequested request && runner.generator().equals(request.generator())) {
            java.util.List<Violation> violations = EventValidator.validate(request);
            if (!violations.isEmpty() && (request.testId() == null || request.shard() == null)) {
                deadLetters.send(message, EventValidator.describe(violations));
            } else {
                runs.submit(request);
                if (!violations.isEmpty()) {
                    deadLetters.send(message, EventValidator.describe(violations));
                }
            }
        }
        return message.ack();
    }
}

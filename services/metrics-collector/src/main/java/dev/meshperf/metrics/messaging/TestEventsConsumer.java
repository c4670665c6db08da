package dev.meshperf.metrics.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.metrics.service.CollectionService;
import dev.meshperf.reliability.DatabaseFaults;
import dev.meshperf.reliability.DatabaseGuard;
import dev.meshperf.reliability.DeadLettering;

/**
 * Opens a test's window from {@code test.requested} (shard 0 is enough: every shard has the same start) and closes it
 * from {@code test.completed}. An unreachable database is waited for ({@link DatabaseGuard}); a record this service
 * cannot read or store goes to its topic's {@code .dlq} with the reason, and the channel goes on (a missing context
 * never fails a run).
 */
@ApplicationScoped
public class TestEventsConsumer {

    @Inject
    CollectionService collection;

    @Inject
    DatabaseGuard database;

    @Inject
    DeadLettering deadLetters;

    @Incoming(CollectorChannels.TEST_REQUESTED)
    @Blocking
    public CompletionStage<Void> requested(Message<byte[]> message) {
        Object event;
        try {
            event = EventReader.read(Topics.TEST_REQUESTED, headers(message), message.getPayload(),
                    EventType.TEST_REQUESTED_V1);
        } catch (SerializationException e) {
            return deadLetters.reject(message, e.getMessage());
        }
        if (event instanceof TestRequested request && request.testId() != null
                && (request.shard() == null || request.shard().index() == 0)) {
            try {
                database.run("opening the window of test " + request.testId(),
                        () -> collection.opened(request));
            } catch (RuntimeException e) {
                return deadLetters.reject(message, "the metrics collector could not open the window of test "
                        + request.testId() + ": " + DatabaseFaults.rootMessage(e));
            }
        }
        return message.ack();
    }

    @Incoming(CollectorChannels.TEST_COMPLETED)
    @Blocking
    public CompletionStage<Void> completed(Message<byte[]> message) {
        TestCompleted completed;
        try {
            completed = (TestCompleted) EventReader.read(Topics.TEST_COMPLETED, headers(message),
                    message.getPayload(), EventType.TEST_COMPLETED_V1);
        } catch (SerializationException e) {
            return deadLetters.reject(message, e.getMessage());
        }
        if (completed.testId() != null) {
            try {
                database.run("closing the window of test " + completed.testId(),
                        () -> collection.closed(completed.testId(), completed.startedAt(), completed.endedAt()));
            } catch (RuntimeException e) {
                return deadLetters.reject(message, "the metrics collector could not close the window of test "
                        + completed.testId() + ": " + DatabaseFaults.rootMessage(e));
            }
        }
        return message.ack();
    }

    private static org.apache.kafka.common.header.Headers headers(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getHeaders)
                .orElse(null);
    }
}

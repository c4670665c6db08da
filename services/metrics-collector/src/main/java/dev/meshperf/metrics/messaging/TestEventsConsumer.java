package dev.meshperf.metrics.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.metrics.service.CollectionService;

/**
 * Opens a test's window from {@code test.requested} (shard 0 is enough: every shard has the same start) and closes it
 * from {@code test.completed}. Records this service cannot read are skipped: their producers' consumers dead-letter
 * them, and a missing context never fails a run.
 */
@ApplicationScoped
public class TestEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TestEventsConsumer.class);

    @Inject
    CollectionService collection;

    @Incoming(Channels.TEST_REQUESTED)
    @Blocking
    public CompletionStage<Void> requested(Message<byte[]> message) {
        try {
            Object event = EventReader.read(Topics.TEST_REQUESTED, headers(message), message.getPayload(),
                    EventType.TEST_REQUESTED_V1);
            if (event instanceof TestRequested request && request.testId() != null
                    && (request.shard() == null || request.shard().index() == 0)) {
                collection.opened(request);
            }
        } catch (SerializationException e) {
            LOG.debugf("skipped an unreadable test.requested record: %s", e.getMessage());
        }
        return message.ack();
    }

    @Incoming(Channels.TEST_COMPLETED)
    @Blocking
    public CompletionStage<Void> completed(Message<byte[]> message) {
        try {
            TestCompleted completed = (TestCompleted) EventReader.read(Topics.TEST_COMPLETED, headers(message),
                    message.getPayload(), EventType.TEST_COMPLETED_V1);
            if (completed.testId() != null) {
                collection.closed(completed.testId(), completed.startedAt(), completed.endedAt());
            }
        } catch (SerializationException e) {
            LOG.debugf("skipped an unreadable test.completed record: %s", e.getMessage());
        }
        return message.ack();
    }

    private static org.apache.kafka.common.header.Headers headers(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getHeaders)
                .orElse(null);
    }
}

package dev.meshperf.runnerservice.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.reliability.DeadLettering;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runnerservice.service.ShardRunService;

/**
 * Reads {@code test.requested}: shards for this service's generator are started, cancellations stop running
 * shards, and records nobody could run (unreadable, invalid, or failing in any other way) go to the dead-letter
 * topic with the reason while the channel goes on. Starting a shard returns at once, so one long test never holds up
 * the next record.
 */
@ApplicationScoped
public class TestRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(TestRequestedConsumer.class);

    @Inject
    ShardRunService runs;

    @Inject
    DeadLettering deadLetters;

    @Inject
    LoadRunner runner;

    @Incoming(RunnerChannels.TEST_REQUESTED)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders).orElse(null);
        Object event;
        try {
            event = EventReader.read(Topics.TEST_REQUESTED, headers, message.getPayload(), EventType.TEST_REQUESTED_V1);
        } catch (SerializationException e) {
            return deadLetters.reject(message, e.getMessage());
        }
        try {
            if (event instanceof TestCancel cancel) {
                runs.cancel(cancel);
            } else if (event instanceof TestRequested request && runner.generator().equals(request.generator())) {
                List<Violation> violations = EventValidator.validate(request);
                if (!violations.isEmpty() && (request.testId() == null || request.shard() == null)) {
                    return deadLetters.reject(message, EventValidator.describe(violations));
                }
                // an invalid shard still ends (with a failure sample naming the violations), then is dead-lettered
                runs.submit(request);
                if (!violations.isEmpty()) {
                    return deadLetters.reject(message, EventValidator.describe(violations));
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not handle a test.requested record");
            return deadLetters.reject(message, "the runner could not handle the record: " + e);
        }
        return message.ack();
    }
}

package dev.meshperf.analysis.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

import dev.meshperf.analysis.service.AggregationService;
import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.reliability.DatabaseFaults;
import dev.meshperf.reliability.DatabaseGuard;
import dev.meshperf.reliability.DeadLettering;

/**
 * Opens a test when its first shard request arrives. No record stops this channel: one that cannot be read, is
 * invalid, or cannot be stored is dead-lettered with the reason and its test ends FAILED saying why; an unreachable
 * database is waited for ({@link DatabaseGuard}). The record is acknowledged once the test's start is stored.
 */
@ApplicationScoped
public class TestOpeningConsumer {

    private static final Logger LOG = Logger.getLogger(TestOpeningConsumer.class);

    @Inject
    AggregationService aggregation;

    @Inject
    DeadLettering deadLetters;

    @Inject
    DatabaseGuard database;

    @Incoming(AnalysisChannels.TEST_REQUESTED)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String key = RecordKeys.testId(message);
        Object event;
        try {
            event = EventReader.read(Topics.TEST_REQUESTED, RecordKeys.headers(message), message.getPayload(),
                    EventType.TEST_REQUESTED_V1);
        } catch (SerializationException e) {
            return reject(message, key, "a malformed test.requested record arrived: " + e.getMessage());
        }
        if (event instanceof TestCancel cancel) {
            aggregation.onCancel(cancel);
            return message.ack();
        }
        TestRequested request = (TestRequested) event;
        List<Violation> violations = EventValidator.validate(request);
        if (!violations.isEmpty()) {
            // an invalid request is not kept with the result: it may not even fit the columns
            return reject(message, request.testId() != null ? request.testId() : key,
                    "invalid test.requested: " + EventValidator.describe(violations));
        }
        try {
            database.run("opening test " + request.testId(), () -> aggregation.onRequested(request));
        } catch (RuntimeException e) {
            String reason = "analysis could not record the request: " + DatabaseFaults.rootMessage(e);
            if (DatabaseFaults.isUnreachable(e)) {
                // failing the test needs the database too; its samples still end it at its deadline
                return deadLetters.reject(message, reason);
            }
            LOG.errorf(e, "could not record the start of test %s", request.testId());
            // the request is not kept: storing it is what failed, and would fail again with the result
            return reject(message, request.testId(), reason);
        }
        return message.ack();
    }

    /** Dead-letters the record and ends its test, if it names one, as FAILED with the reason. */
    private CompletionStage<Void> reject(Message<byte[]> message, String testId, String reason) {
        if (testId != null) {
            try {
                database.run("failing test " + testId, () -> aggregation.fail(testId, null, reason));
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not fail test %s (%s)", testId, reason);
            }
        }
        return deadLetters.reject(message, reason);
    }
}

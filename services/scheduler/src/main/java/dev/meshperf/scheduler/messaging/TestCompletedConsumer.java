package dev.meshperf.scheduler.messaging;

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
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.reliability.DatabaseFaults;
import dev.meshperf.reliability.DatabaseGuard;
import dev.meshperf.reliability.DeadLettering;
import dev.meshperf.scheduler.repository.ScheduleRepository;

/**
 * Writes how each scheduled test ended into its schedule's history; other tests are not scheduled: no-ops. An
 * unreachable database is waited for ({@link DatabaseGuard}); a record that cannot be read or stored goes to
 * {@code test.completed.dlq} with the reason, and the channel goes on. Recording an end twice changes nothing, so a
 * redelivered record is harmless.
 */
@ApplicationScoped
public class TestCompletedConsumer {

    private static final Logger LOG = Logger.getLogger(TestCompletedConsumer.class);

    @Inject
    ScheduleRepository schedules;

    @Inject
    DatabaseGuard database;

    @Inject
    DeadLettering deadLetters;

    @Incoming(SchedulerChannels.TEST_COMPLETED)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        TestCompleted completed;
        try {
            var meta = message.getMetadata(IncomingKafkaRecordMetadata.class);
            completed = (TestCompleted) EventReader.read(Topics.TEST_COMPLETED,
                    meta.map(IncomingKafkaRecordMetadata::getHeaders).orElse(null), message.getPayload(),
                    EventType.TEST_COMPLETED_V1);
        } catch (SerializationException e) {
            return deadLetters.reject(message, e.getMessage());
        }
        try {
            int updated = database.get("recording the end of test " + completed.testId(),
                    () -> schedules.recordRunEnd(completed.testId(), completed.status().name(), completed.reason()));
            if (updated > 0) {
                LOG.infof("scheduled test %s ended %s", completed.testId(), completed.status());
            }
        } catch (RuntimeException e) {
            return deadLetters.reject(message, "the scheduler could not record the end of test " + completed.testId()
                    + ": " + DatabaseFaults.rootMessage(e));
        }
        return message.ack();
    }
}

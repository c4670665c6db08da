package dev.meshperf.scheduler.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
import dev.meshperf.scheduler.repository.ScheduleRepository;

/** Writes how each scheduled test ended into its schedule's history. Other tests are not scheduled: no-ops. */
@ApplicationScoped
public class TestCompletedConsumer {

    private static final Logger LOG = Logger.getLogger(TestCompletedConsumer.class);

    @Inject
    ScheduleRepository schedules;

    @Incoming(Channels.TEST_COMPLETED)
    @Blocking
    @Transactional
    public CompletionStage<Void> consume(Message<byte[]> message) {
        try {
            var meta = message.getMetadata(IncomingKafkaRecordMetadata.class);
            TestCompleted completed = (TestCompleted) EventReader.read(Topics.TEST_COMPLETED,
                    meta.map(IncomingKafkaRecordMetadata::getHeaders).orElse(null), message.getPayload(),
                    EventType.TEST_COMPLETED_V1);
            int updated = schedules.recordRunEnd(completed.testId(), completed.status().name(), completed.reason());
            if (updated > 0) {
                LOG.infof("scheduled test %s ended %s", completed.testId(), completed.status());
            }
        } catch (SerializationException e) {
            // analysis owns test.completed and writes it; an unreadable record is not this service's to keep
            LOG.warnf("skipped an unreadable test.completed record: %s", e.getMessage());
        }
        return message.ack();
    }
}

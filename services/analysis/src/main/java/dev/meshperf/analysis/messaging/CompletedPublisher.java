package dev.meshperf.analysis.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.events.TestCompleted;

/** Publishes {@code test.completed}, keyed by test id. */
@ApplicationScoped
public class CompletedPublisher {

    @Inject
    @Channel(Channels.TEST_COMPLETED)
    Emitter<TestCompleted> emitter;

    public void publish(TestCompleted completed) {
        emitter.send(Message.of(completed)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(completed.testId()).build()));
    }
}

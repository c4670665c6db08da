package dev.meshperf.analysis.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.reliability.UntilAcked;

/** Publishes {@code test.completed}, keyed by test id; the stage completes once the broker has it. */
@ApplicationScoped
public class CompletedPublisher {

    @Inject
    @Channel(AnalysisChannels.TEST_COMPLETED)
    Emitter<TestCompleted> emitter;

    @Inject
    UntilAcked sender;

    public CompletionStage<Void> publish(TestCompleted completed) {
        return sender.send(emitter, () -> Message.of(completed)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(completed.testId()).build()),
                "test.completed of test " + completed.testId());
    }
}

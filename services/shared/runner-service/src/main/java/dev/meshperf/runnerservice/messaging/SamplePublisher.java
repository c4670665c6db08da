package dev.meshperf.runnerservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.runner.spi.SampleSink;
import dev.meshperf.runnerservice.service.RunnerMetrics;

/** Publishes samples keyed by test id, so all samples of a test share a partition and stay in order. */
@ApplicationScoped
public class SamplePublisher implements SampleSink {

    private static final Logger LOG = Logger.getLogger(SamplePublisher.class);

    @Inject
    @Channel(Channels.TEST_SAMPLES)
    Emitter<TestSample> emitter;

    @Inject
    RunnerMetrics metrics;

    @Override
    public void accept(TestSample sample) {
        metrics.record(sample);
        Message<TestSample> message = Message.of(sample)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(sample.testId()).build())
                .withNack(failure -> {
                    LOG.errorf("could not publish sample %d of test %s shard %d: %s", sample.sequence(),
                            sample.testId(), sample.shard().index(), failure.getMessage());
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
    }
}

package dev.meshperf.runnerservice.messaging;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.reliability.UntilAcked;
import dev.meshperf.runner.spi.SampleSink;
import dev.meshperf.runnerservice.service.RunnerMetrics;

/**
 * Publishes samples keyed by test id, so all samples of a test share a partition and stay in order. A sample the
 * broker does not take (an outage longer than the producer's own retries) is sent again until it is taken
 * ({@link UntilAcked}); only after {@code meshperf.send.patience} is it counted lost.
 */
@ApplicationScoped
public class SamplePublisher implements SampleSink {

    @Inject
    @Channel(RunnerChannels.TEST_SAMPLES)
    Emitter<TestSample> emitter;

    @Inject
    RunnerMetrics metrics;

    @Inject
    UntilAcked sender;

    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

    @Override
    public void accept(TestSample sample) {
        metrics.record(sample);
        CompletableFuture<Void> sent = sender.send(emitter, () -> Message.of(sample)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(sample.testId()).build()),
                "sample " + sample.sequence() + " of test " + sample.testId() + " shard " + sample.shard().index())
                .toCompletableFuture();
        inFlight.add(sent);
        sent.whenComplete((ok, failure) -> {
            inFlight.remove(sent);
            if (failure != null) {
                metrics.sampleLost();
            }
        });
    }

    /** Waits until the broker has every sample handed over so far, or {@code patience} has passed. */
    public boolean awaitSent(Duration patience) {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(patience.toMillis(),
                    TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package dev.meshperf.reliability;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.TypedGuard;

/**
 * Publishes a record until the broker acknowledges it: the producer retries on its own for
 * {@code delivery.timeout.ms} (with {@code acks=all} and idempotence, so those retries never duplicate); when it gives
 * up (a long broker outage), the record is sent again, with growing pauses, for up to
 * {@code meshperf.send.patience}, by a SmallRye Fault Tolerance guard. A record sent again may arrive twice: every
 * consumer counts a record once by its identity (a sample by test, shard and sequence).
 */
@ApplicationScoped
public class UntilAcked {

    private static final Logger LOG = Logger.getLogger(UntilAcked.class);

    private final TypedGuard<CompletionStage<Void>> guard;

    @Inject
    public UntilAcked(SendConfig config) {
        guard = TypedGuard.create(new TypeLiteral<CompletionStage<Void>>() {
        }).withDescription("kafka-send")
                .withRetry().maxRetries(-1).maxDuration(config.patience().toMillis(), ChronoUnit.MILLIS)
                .delay(config.firstPause().toMillis(), ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(config.longestPause().toMillis(), ChronoUnit.MILLIS)
                .done().done().build();
    }

    /**
     * Sends {@code message} through {@code emitter} until it is acknowledged; the stage completes then, or fails
     * with the last failure once the patience is spent. {@code what} names the record in the log.
     */
    public <T> CompletionStage<Void> send(Emitter<T> emitter, Supplier<Message<T>> message, String what) {
        int[] attempts = {0};
        return guard.get(() -> {
            if (attempts[0]++ > 0) {
                LOG.warnf("sending %s again (attempt %d)", what, attempts[0]);
            }
            return once(emitter, message.get());
        }).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.errorf("%s was not taken by the broker after %d attempts: %s", what, attempts[0],
                        failure.getMessage());
            }
        });
    }

    /** One send: completes when the broker acknowledges the record, fails when the producer gives up. */
    public static <T> CompletionStage<Void> once(Emitter<T> emitter, Message<T> message) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            emitter.send(message.withAck(() -> {
                acked.complete(null);
                return CompletableFuture.completedFuture(null);
            }).withNack(failure -> {
                acked.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }
}

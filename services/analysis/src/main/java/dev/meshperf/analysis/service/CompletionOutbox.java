package dev.meshperf.analysis.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import dev.meshperf.analysis.messaging.CompletedPublisher;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.reliability.DatabaseGuard;

/**
 * Publishes each test's {@code test.completed} once it is stored, and makes sure the broker gets it: a result is
 * stored with its completion unpublished (in the same transaction), and marked published on the broker's
 * acknowledgement. What is still unpublished when analysis starts (it stopped in between), or long after its end
 * (the broker was gone longer than the sender's patience), is published again. A crash between the broker's
 * acknowledgement and the mark publishes it twice; its consumers treat a repeated completion as the same one.
 */
@ApplicationScoped
public class CompletionOutbox {

    private static final Logger LOG = Logger.getLogger(CompletionOutbox.class);
    /** An unpublished completion older than this, and not being sent by this instance, is sent again. */
    private static final Duration STALE = Duration.ofSeconds(30);

    @Inject
    CompletedPublisher publisher;

    @Inject
    ResultWriter writer;

    @Inject
    DatabaseGuard database;

    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    /** Marks run here, not on the producer's thread that acknowledges: they need the database. */
    private final ExecutorService marker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analysis-completion-outbox");
        t.setDaemon(true);
        return t;
    });

    public void publish(TestCompleted completed) {
        if (!sending.add(completed.testId())) {
            return;
        }
        publisher.publish(completed).whenCompleteAsync((ok, failure) -> {
            try {
                if (failure == null) {
                    database.run("marking the completion of test " + completed.testId() + " published",
                            () -> writer.markPublished(completed.testId()));
                }
            } catch (RuntimeException e) {
                LOG.warnf("the completion of test %s was published but not marked (%s); it may be published again",
                        completed.testId(), e.getMessage());
            } finally {
                sending.remove(completed.testId());
            }
        }, marker);
    }

    void onStart(@Observes StartupEvent start) {
        marker.execute(() -> resend(Instant.now()));
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resendStale() {
        resend(Instant.now().minus(STALE));
    }

    private void resend(Instant endedBefore) {
        List<TestCompleted> pending;
        try {
            pending = writer.unpublished(endedBefore);
        } catch (RuntimeException e) {
            LOG.debugf("could not look for unpublished completions: %s", e.getMessage());
            return;
        }
        pending.stream().filter(c -> !sending.contains(c.testId())).forEach(c -> {
            LOG.infof("publishing the completion of test %s (%s), which the broker may not have", c.testId(),
                    c.status());
            publish(c);
        });
    }

    @PreDestroy
    void stop() {
        marker.shutdown();
    }
}

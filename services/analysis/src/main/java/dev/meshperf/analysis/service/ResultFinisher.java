package dev.meshperf.analysis.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.meshperf.analysis.config.AnalysisConfig;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.reliability.DatabaseFaults;
import dev.meshperf.reliability.DatabaseGuard;

/**
 * Stores finished tests and publishes their {@code test.completed}. Tests that end together are written in one
 * transaction (up to {@code meshperf.analysis.finish-batch}), so that a burst of endings costs a few commits rather
 * than one each. An unreachable database is waited for ({@link DatabaseGuard}), and after its patience the test is
 * handed back to be tried at the next deadline check; a result the database refuses (which would be refused again)
 * ends its test as FAILED with the reason instead, so that no test stays open for ever.
 */
@ApplicationScoped
public class ResultFinisher {

    private static final Logger LOG = Logger.getLogger(ResultFinisher.class);

    @Inject
    AnalysisConfig config;

    @Inject
    ResultWriter writer;

    @Inject
    CompletionOutbox outbox;

    @Inject
    AnalysisMetrics metrics;

    @Inject
    DatabaseGuard database;

    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private record Queued(Finish finish, Runnable onStored, Runnable onFailed) {
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < Math.max(1, config.finishThreads()); i++) {
            Thread thread = new Thread(this::drain, "analysis-finish-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    /** Queues a finished test; {@code onStored} runs once it is stored, {@code onFailed} when it could not be. */
    void enqueue(Finish finish, Runnable onStored, Runnable onFailed) {
        queue.add(new Queued(finish, onStored, onFailed));
    }

    private void drain() {
        List<Queued> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, Math.max(0, config.finishBatch() - 1));
            store(batch);
            batch.clear();
        }
    }

    private void store(List<Queued> batch) {
        long started = System.nanoTime();
        List<TestCompleted> completed;
        try {
            completed = database.get(describe(batch),
                    () -> writer.completeAll(batch.stream().map(Queued::finish).toList()));
        } catch (RuntimeException e) {
            if (DatabaseFaults.isUnreachable(e)) {
                LOG.errorf("could not store %d result(s): the database is unreachable; trying again at the next"
                        + " deadline check", batch.size());
                batch.forEach(one -> one.onFailed().run());
            } else if (batch.size() > 1) {
                LOG.warnf("storing %d results together failed (%s); storing them one by one", batch.size(),
                        DatabaseFaults.rootMessage(e));
                batch.forEach(one -> store(List.of(one)));
            } else {
                storeAsFailed(batch.get(0), e);
            }
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (int i = 0; i < batch.size(); i++) {
            TestCompleted c = completed.get(i);
            batch.get(i).onStored().run();
            publish(c);
            LOG.infof("test %s %s: %s requests%s (stored in %d ms, with %d other result(s))", c.testId(), c.status(),
                    c.summary() == null ? 0 : c.summary().requests(),
                    c.reason() == null ? "" : " (" + c.reason() + ")", millis, batch.size() - 1);
        }
    }

    /**
     * The result was refused by the database, and would be again: the test still ends, FAILED with the reason, so
     * that it never stays open (and retried) for ever.
     */
    private void storeAsFailed(Queued one, RuntimeException refusal) {
        String testId = one.finish().aggregate().testId;
        String reason = "analysis could not store the result: " + DatabaseFaults.rootMessage(refusal);
        LOG.errorf(refusal, "the result of test %s was refused; storing it as FAILED", testId);
        TestCompleted failed;
        try {
            failed = database.get("storing test " + testId + " as failed",
                    () -> writer.completeAsFailed(one.finish(), reason));
        } catch (RuntimeException e) {
            if (DatabaseFaults.isUnreachable(e)) {
                one.onFailed().run();
                return;
            }
            LOG.errorf(e, "test %s could not even be stored as FAILED; its end is published all the same", testId);
            failed = new TestCompleted(testId, TestStatus.FAILED, reason, null, null, 0, 0, null, Instant.now(),
                    null, null);
        }
        one.onStored().run();
        publish(failed);
    }

    private void publish(TestCompleted completed) {
        outbox.publish(completed);
        metrics.completed(completed);
    }

    private static String describe(List<Queued> batch) {
        return batch.size() == 1
                ? "storing the result of test " + batch.get(0).finish().aggregate().testId
                : "storing " + batch.size() + " results";
    }
}

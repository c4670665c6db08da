package dev.meshperf.analysis.service;

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
import dev.meshperf.analysis.messaging.CompletedPublisher;
import dev.meshperf.contracts.events.TestCompleted;

/**
 * Stores finished tests and publishes their {@code test.completed}. Tests that end together are written in one
 * transaction (up to {@code meshperf.analysis.finish-batch}), so that a burst of endings costs a few commits rather
 * than one each; should that transaction fail, each test is tried alone, and one that still fails is handed back
 * to be retried at the next deadline check.
 */
@ApplicationScoped
public class ResultFinisher {

    private static final Logger LOG = Logger.getLogger(ResultFinisher.class);

    @Inject
    AnalysisConfig config;

    @Inject
    ResultWriter writer;

    @Inject
    CompletedPublisher publisher;

    @Inject
    AnalysisMetrics metrics;

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
            completed = writer.completeAll(batch.stream().map(Queued::finish).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                LOG.warnf(e, "storing %d results together failed; storing them one by one", batch.size());
                batch.forEach(one -> store(List.of(one)));
            } else {
                LOG.errorf(e, "could not store the result of test %s; will retry at the next deadline check",
                        batch.get(0).finish().aggregate().testId);
                batch.get(0).onFailed().run();
            }
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (int i = 0; i < batch.size(); i++) {
            TestCompleted c = completed.get(i);
            batch.get(i).onStored().run();
            publisher.publish(c);
            metrics.completed(c);
            LOG.infof("test %s %s: %s requests%s (stored in %d ms, with %d other result(s))", c.testId(), c.status(),
                    c.summary() == null ? 0 : c.summary().requests(),
                    c.reason() == null ? "" : " (" + c.reason() + ")", millis, batch.size() - 1);
        }
    }
}

package dev.meshperf.analysis.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.meshperf.analysis.config.AnalysisConfig;

/**
 * Hands samples from the Kafka consumer to a few merging threads without a thread hop per record: the consumer only
 * enqueues, each lane's thread drains its queue in order. A test's samples always go to the same lane (by record
 * key), so they are merged in the order they arrived. A full lane pauses consumption until it has room.
 */
@ApplicationScoped
public class IngestLanes {

    private static final Logger LOG = Logger.getLogger(IngestLanes.class);

    @Inject
    AnalysisConfig config;

    @Inject
    SampleHandler handler;

    private final List<Lane> lanes = new ArrayList<>();

    @PostConstruct
    void start() {
        for (int i = 0; i < Math.max(1, config.ingestThreads()); i++) {
            Lane lane = new Lane(new ArrayBlockingQueue<>(Math.max(16, config.ingestQueue())));
            Thread thread = new Thread(lane, "analysis-ingest-" + i);
            thread.setDaemon(true);
            thread.start();
            lanes.add(lane);
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(lane -> lane.running = false);
    }

    /** Completes once the message is queued (then acknowledged); later when its lane is full. */
    public CompletionStage<Void> submit(Message<byte[]> message) {
        String key = RecordKeys.testId(message);
        Lane lane = lanes.get(key == null ? 0 : Math.floorMod(key.hashCode(), lanes.size()));
        if (lane.queue.offer(message)) {
            return message.ack();
        }
        return CompletableFuture.runAsync(() -> {
            try {
                lane.queue.put(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for room in an ingest lane", e);
            }
        }).thenCompose(done -> message.ack());
    }

    /** Samples queued and not yet merged, over all lanes. */
    public int backlog() {
        return lanes.stream().mapToInt(lane -> lane.queue.size()).sum();
    }

    private final class Lane implements Runnable {

        private final BlockingQueue<Message<byte[]>> queue;
        private volatile boolean running = true;

        Lane(BlockingQueue<Message<byte[]>> queue) {
            this.queue = queue;
        }

        @Override
        public void run() {
            List<Message<byte[]>> batch = new ArrayList<>();
            while (running) {
                try {
                    batch.add(queue.take());
                    queue.drainTo(batch, 511);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (Message<byte[]> message : batch) {
                    try {
                        handler.handle(message);
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "a sample could not be merged: %s", e.getMessage());
                    }
                }
                batch.clear();
            }
        }
    }
}

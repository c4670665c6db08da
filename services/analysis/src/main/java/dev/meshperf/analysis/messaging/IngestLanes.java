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

import org.jboss.logging.Logger;

import dev.meshperf.analysis.config.AnalysisConfig;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.reliability.DatabaseFaults;
import dev.meshperf.reliability.DatabaseGuard;

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

    @Inject
    DatabaseGuard database;

    @Inject
    DeadLetterPublisher deadLetters;

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

    /**
     * Queues the records in their order; completes at once when every lane had room, else once the rest are queued
     * (on another thread, so that the consumer is not blocked meanwhile).
     */
    public CompletionStage<Void> submit(List<RawRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (!laneOf(records.get(i)).queue.offer(records.get(i))) {
                List<RawRecord> rest = records.subList(i, records.size());
                return CompletableFuture.runAsync(() -> rest.forEach(this::put));
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Samples queued and not yet merged, over all lanes. */
    public int backlog() {
        return lanes.stream().mapToInt(lane -> lane.queue.size()).sum();
    }

    private Lane laneOf(RawRecord record) {
        return lanes.get(record.key() == null ? 0 : Math.floorMod(record.key().hashCode(), lanes.size()));
    }

    private void put(RawRecord record) {
        try {
            laneOf(record).queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in an ingest lane", e);
        }
    }

    private final class Lane implements Runnable {

        private final BlockingQueue<RawRecord> queue;
        private volatile boolean running = true;

        Lane(BlockingQueue<RawRecord> queue) {
            this.queue = queue;
        }

        @Override
        public void run() {
            List<RawRecord> batch = new ArrayList<>();
            while (running) {
                try {
                    batch.add(queue.take());
                    queue.drainTo(batch, 511);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (RawRecord record : batch) {
                    CompletionStage<Void> settled;
                    try {
                        settled = database.get("merging a sample", () -> handler.handle(record));
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "a sample of test %s could not be merged", record.key());
                        settled = deadLetters.send(record, Topics.TEST_SAMPLES_DLQ,
                                "analysis could not merge the sample: " + DatabaseFaults.rootMessage(e));
                    }
                    settled.whenComplete((ok, failure) -> record.settle());
                }
                batch.clear();
            }
        }
    }
}

package dev.meshperf.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;

/** Every test.completed on the topic, with when it was first seen, read by a consumer of the test's own. */
final class CompletionWatch implements AutoCloseable {

    private final Map<String, List<Instant>> seen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    CompletionWatch(String bootstrap) {
        thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "faults-completions-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(Topics.TEST_COMPLETED));
                while (running) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                        try {
                            TestCompleted c = (TestCompleted) EventReader.read(r.topic(), r.headers(), r.value(),
                                    EventType.TEST_COMPLETED_V1);
                            seen.computeIfAbsent(c.testId(), id -> new CopyOnWriteArrayList<>())
                                    .add(Instant.now());
                        } catch (RuntimeException unreadable) {
                            // the poison record of the first test
                        }
                    });
                }
            }
        }, "completion-watch");
        thread.setDaemon(true);
        thread.start();
    }

    int count(String testId) {
        return seen.getOrDefault(testId, List.of()).size();
    }

    Instant first(String testId) {
        return seen.get(testId).get(0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}

package dev.meshperf.runnernative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.CloudEventHeaders;
import dev.meshperf.contracts.kafka.DeadLetters;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.testing.KafkaAndPostgresResource;

/** The runner through a real Kafka broker: request in, CloudEvents-tagged samples out, bad records dead-lettered. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true)
class RunnerNativeIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private TargetServer target;

    @BeforeEach
    void target() throws InterruptedException {
        target = new TargetServer();
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void aRequestThroughKafkaComesBackAsSamplesOnTestSamples() throws Exception {
        TestRequested request = Requests.constant(target.url("/"), 150, 2);
        List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(Topics.TEST_SAMPLES)) {
            try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                    new EventSerializer())) {
                producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED, request.testId(), request)).get();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().anyMatch(r -> r.key().equals(request.testId()) && sample(r).finalSample());
            });
        }
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(r -> r.key().equals(request.testId()))
                .toList();
        assertThat(ours).allSatisfy(r -> {
            assertThat(CloudEventHeaders.type(r.headers())).contains(EventType.TEST_SAMPLES_V1);
            assertThat(CloudEventHeaders.read(r.headers(), CloudEventHeaders.SOURCE)).contains(
                    "/meshperf/runner-native");
        });
        assertThat(ours.stream().map(RunnerNativeIT::sample).mapToLong(s -> s.counters().requests()).sum())
                .isBetween(299L, 301L);
        assertThat(ours.stream().map(r -> r.partition()).distinct()).hasSize(1);
    }

    @Test
    void anUnreadableRecordLandsOnTheDeadLetterTopic() throws Exception {
        String key = "broken-" + UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> consumer = consumer(Topics.TEST_REQUESTED_DLQ)) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED, key,
                        "not json at all".getBytes(StandardCharsets.UTF_8))).get();
            }
            List<ConsumerRecord<String, byte[]>> letters = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return letters.stream().anyMatch(r -> key.equals(r.key()));
            });
            ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> key.equals(r.key())).findFirst()
                    .orElseThrow();
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
            assertThat(CloudEventHeaders.read(letter.headers(), DeadLetters.REASON).orElseThrow())
                    .contains("malformed dev.meshperf.test.requested.v1");
            assertThat(CloudEventHeaders.read(letter.headers(), DeadLetters.SOURCE_TOPIC)).contains(
                    Topics.TEST_REQUESTED);
        }
    }

    private static TestSample sample(ConsumerRecord<String, byte[]> record) {
        return (TestSample) EventReader.read(record.topic(), record.headers(), record.value(),
                EventType.TEST_SAMPLES_V1);
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}

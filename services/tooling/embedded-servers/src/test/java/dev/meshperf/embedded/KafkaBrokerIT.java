package dev.meshperf.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.meshperf.contracts.Golden;
import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.kafka.CloudEventHeaders;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.Subjects;

/** Every golden event goes through a real broker with the contract serde and comes back equal. */
class KafkaBrokerIT {

    @TempDir
    Path data;

    @Test
    void goldenEventsRoundTripThroughARealBrokerAndSurviveARestart() throws Exception {
        List<Object> sent = new ArrayList<>();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        int port = Ports.free();
        int controller = Ports.free();
        try (KafkaBroker broker = KafkaBroker.start(data, port, controller, 3)) {
            try (KafkaProducer<String, Object> producer = producer(broker)) {
                for (Golden golden : Golden.values()) {
                    Object event = golden.event();
                    producer.send(new ProducerRecord<>(topic(golden.type(), suffix), Subjects.of(event), event)).get();
                    sent.add(event);
                }
            }
            assertThat(readAll(broker, suffix)).containsExactlyInAnyOrderElementsOf(sent);
        }
        try (KafkaBroker again = KafkaBroker.start(data, port, controller, 3)) {
            assertThat(readAll(again, suffix)).as("records kept across a broker restart")
                    .containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    private List<Object> readAll(KafkaBroker broker, String suffix) {
        List<Object> received = new ArrayList<>();
        for (EventType main : List.of(EventType.TEST_REQUESTED_V1, EventType.TEST_SAMPLES_V1,
                EventType.TEST_COMPLETED_V1)) {
            try (KafkaConsumer<String, byte[]> consumer = consumer(broker)) {
                consumer.subscribe(List.of(topic(main, suffix)));
                long expected = Arrays.stream(Golden.values()).filter(g -> g.type().topic().equals(main.topic()))
                        .count();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                List<Object> onTopic = new ArrayList<>();
                while (onTopic.size() < expected && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        Object event = EventReader.read(record.topic(), record.headers(), record.value(), main);
                        assertThat(record.key()).isEqualTo(Subjects.of(event));
                        assertThat(CloudEventHeaders.type(record.headers())).contains(EventType.forPayload(event));
                        onTopic.add(event);
                    }
                }
                received.addAll(onTopic);
            }
        }
        return received;
    }

    private static String topic(EventType type, String suffix) {
        return type.topic() + "." + suffix;
    }

    private static KafkaProducer<String, Object> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new EventSerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(KafkaBroker broker) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
    }

}

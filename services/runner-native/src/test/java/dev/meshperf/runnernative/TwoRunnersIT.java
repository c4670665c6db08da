package dev.meshperf.runnernative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.kafka.ShardPartitioner;
import dev.meshperf.embedded.ChildProcess;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.results.SampleMerger;
import dev.meshperf.testing.KafkaAndPostgresResource;
import dev.meshperf.testing.ServiceProcess;

/**
 * Two runner instances in one consumer group, the one in this JVM and the packaged service started as a second
 * process, share a two-shard test through the real broker; the merged result adds up to the whole test.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true)
class TwoRunnersIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void twoShardsOnTwoRunnerInstancesAddUpToTheTotal() throws Exception {
        assertThat(JAR).as("the packaged service (built in the package phase)").exists();
        ChildProcess second = ServiceProcess.start("runner-native-2", JAR,
                Map.of("kafka.bootstrap.servers", bootstrap));
        try (TargetServer target = new TargetServer();
                Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> twoMembersWithPartitions(admin));
            int partitions = admin.describeTopics(List.of(Topics.TEST_REQUESTED)).allTopicNames().get()
                    .get(Topics.TEST_REQUESTED).partitions().size();

            TestRequested whole = Requests.constant(target.url("/"), 400, 2);
            Instant start = Instant.now().plusSeconds(1);
            try (KafkaConsumer<String, byte[]> samples = consumer();
                    KafkaProducer<String, Object> producer = new KafkaProducer<>(
                            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                            new EventSerializer())) {
                for (int shard = 0; shard < 2; shard++) {
                    TestRequested part = new TestRequested(whole.testId(), whole.requestedAt(), start,
                            new ShardRef(shard, 2), "native", null, whole.spec(), List.of(), Map.of(), null);
                    producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED,
                            ShardPartitioner.partition(whole.testId(), shard, 2, partitions), whole.testId(), part))
                            .get();
                }
                SampleMerger merged = new SampleMerger();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    samples.poll(Duration.ofMillis(200)).forEach(r -> {
                        TestSample s = (TestSample) EventReader.read(r.topic(), r.headers(), r.value(),
                                EventType.TEST_SAMPLES_V1);
                        if (s.testId().equals(whole.testId())) {
                            merged.accept(s);
                        }
                    });
                    return merged.complete();
                });
                assertThat(merged.failures()).isEmpty();
                assertThat(merged.totals().requests()).isBetween(799L, 801L).isEqualTo(target.answered());
                assertThat(merged.runners()).as("each shard ran on its own instance").hasSize(2);
            }
        } finally {
            second.stop(Duration.ofSeconds(20));
        }
    }

    private static boolean twoMembersWithPartitions(Admin admin) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("runner-native")).all().get()
                .get("runner-native");
        return group.members().size() == 2
                && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.TEST_SAMPLES));
        return consumer;
    }
}

package dev.meshperf.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.embedded.ChildProcess;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.testing.KafkaAndPostgresResource;
import dev.meshperf.testing.ServiceProcess;

/**
 * The path of a test through real services: test.requested on the real broker, the packaged native runner (a second
 * process) drives a real HTTP target, analysis (this process) merges its samples, stores the result in the real
 * PostgreSQL and publishes test.completed.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "analysis"))
class EndToEndIT {

    private static final Path RUNNER = Path.of("../runner-native/target/quarkus-app/quarkus-run.jar");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aTestRunsThroughRunnerAndAnalysisAndIsStored() throws Exception {
        assertThat(RUNNER).as("the packaged runner (built before this module)").exists();
        ChildProcess runner = ServiceProcess.start("runner-native", RUNNER,
                Map.of("kafka.bootstrap.servers", bootstrap));
        try (TargetServer target = new TargetServer();
                Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
                KafkaConsumer<String, byte[]> completions = consumer()) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .until(() -> !admin.describeConsumerGroups(List.of("runner-native"))
                            .all().get().get("runner-native").members().isEmpty());

            String testId = "e2e-" + UUID.randomUUID();
            LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of(target.url("/"))), "GET", List.of(),
                    Map.of(), null, null, LoadModel.constant(200), 4, null, Duration.ofSeconds(3), null,
                    Duration.ofSeconds(5), null, null, null, null, Map.of());
            TestRequested request = new TestRequested(testId, Instant.now(), Instant.now().plusSeconds(1),
                    ShardRef.single(), "native", null, spec, List.of(new SloCheck("errorRate", "<=", 1)), Map.of(),
                    null);
            try (KafkaProducer<String, Object> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                    new EventSerializer())) {
                producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED, testId, request)).get();
            }

            List<TestCompleted> seen = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                completions.poll(Duration.ofMillis(200)).forEach(r -> seen.add((TestCompleted) EventReader.read(
                        r.topic(), r.headers(), r.value(), EventType.TEST_COMPLETED_V1)));
                return seen.stream().anyMatch(c -> c.testId().equals(testId));
            });
            TestCompleted done = seen.stream().filter(c -> c.testId().equals(testId)).findFirst().orElseThrow();
            assertThat(done.status()).as(done.reason()).isEqualTo(TestStatus.COMPLETED);
            assertThat(done.summary().requests()).as("rate x duration, within 1 %").isBetween(594L, 606L)
                    .isEqualTo(target.answered());
            assertThat(done.summary().actualRps()).isBetween(198.0, 202.0);
            assertThat(done.slo().passed()).isTrue();

            given().get("/api/results/" + testId).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"))
                    .body("summary.requests", org.hamcrest.Matchers.equalTo((int) done.summary().requests()));

            // the test is stored: every sample of it is committed (not before: see SampleOffsets)
            await().atMost(Duration.ofSeconds(10)).until(() -> samplesCommitted(admin));
        } finally {
            runner.stop(Duration.ofSeconds(20));
        }
    }

    /** Whether analysis' group has committed every partition of test.samples up to its end. */
    private static boolean samplesCommitted(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("analysis")
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.TEST_SAMPLES))
                .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        if (latest.isEmpty()) {
            return false;
        }
        var ends = admin.listOffsets(latest).all().get();
        return latest.keySet().stream().allMatch(tp -> committed.get(tp).offset() == ends.get(tp).offset());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.TEST_COMPLETED));
        return consumer;
    }
}

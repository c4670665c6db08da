package dev.meshperf.analysis.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;

import dev.meshperf.analysis.Events;
import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.messaging.AnalysisChannels;
import dev.meshperf.analysis.messaging.InMemoryChannels;
import dev.meshperf.analysis.messaging.InMemoryRecords;
import dev.meshperf.analysis.messaging.SampleOffsets;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.kafka.DeadLetters;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.contracts.validation.FieldLimits;

/** Analysis with the in-memory connector in place of Kafka, and a real PostgreSQL behind it. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = dev.meshperf.testing.KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "analysis"))
class AnalysisTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<TestCompleted> completed;
    private InMemorySink<byte[]> deadLetters;
    private InMemoryRecords records;

    @BeforeEach
    void sinks() {
        completed = connector.sink(AnalysisChannels.TEST_COMPLETED);
        deadLetters = connector.sink(AnalysisChannels.DEAD_LETTERS);
        records = new InMemoryRecords(connector);
    }

    private void request(dev.meshperf.contracts.events.TestRequested r) {
        records.request(r);
    }

    private void sample(dev.meshperf.contracts.events.TestSample s) {
        records.sample(s);
    }

    private Optional<TestCompleted> completedOf(String testId) {
        return completed.received().stream().map(Message::getPayload).filter(c -> c.testId().equals(testId))
                .findFirst();
    }

    private TestCompleted awaitCompleted(String testId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> completedOf(testId).isPresent());
        return completedOf(testId).orElseThrow();
    }

    @Test
    void twoShardsMergeExactlyAndARedeliveredSampleCountsOnce() {
        String id = Events.newId();
        request(Events.request(id, 0, 2, 2, new SloCheck("latency.p99", "<=", 50)));
        request(Events.request(id, 1, 2, 2, new SloCheck("latency.p99", "<=", 50)));
        sample(Events.sample(id, 0, 2, 0, false, 10, 20, 30));
        sample(Events.sample(id, 1, 2, 0, false, 40));
        sample(Events.sample(id, 0, 2, 0, false, 10, 20, 30));
        sample(Events.sample(id, 0, 2, 1, true, 5));
        sample(Events.sample(id, 1, 2, 1, true, 100));

        TestCompleted done = awaitCompleted(id);
        assertThat(done.status()).isEqualTo(TestStatus.COMPLETED);
        assertThat(done.shards()).isEqualTo(2);
        assertThat(done.summary().requests()).isEqualTo(6);
        assertThat(done.summary().statusCodes()).containsEntry("200", 6L);
        assertThat(done.summary().latencyMs().max()).isBetween(99.0, 101.0);
        assertThat(done.summary().requestedRps()).isEqualTo(100.0);
        assertThat(done.slo().passed()).as("p99 is 100 ms, above 50").isFalse();
        assertThat(completed.received().stream().filter(m -> m.getPayload().testId().equals(id))).hasSize(1);
        assertThat(completed.received().stream().filter(m -> m.getPayload().testId().equals(id)).findFirst()
                .orElseThrow().getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo(id);

        JsonPath result = given().get("/api/results/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("status")).isEqualTo("COMPLETED");
        assertThat(result.getLong("summary.requests")).isEqualTo(6);
        assertThat(result.getLong("duplicates")).isEqualTo(1);
        assertThat(result.getList("runners", String.class)).containsExactlyInAnyOrder("runner-0", "runner-1");
        assertThat(result.getList("perShard.requests", Long.class)).containsExactly(4L, 2L);
        assertThat(result.getList("perShard.runner", String.class)).containsExactly("runner-0", "runner-1");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("meshperf_analysis_samples_total").contains("meshperf_analysis_open_tests")
                .containsPattern("meshperf_tests_completed_total\\{[^}]*status=\"COMPLETED\"[^}]*\\} [1-9]");
        assertThat(result.getList("perShard.finished", Boolean.class)).containsExactly(true, true);
        assertThat(result.getList("series.requests", Long.class)).as("the final samples carry the last interval")
                .containsExactly(4L, 2L);
        assertThat(result.getList("latencyHistogram.count", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(6);
        assertThat(result.getDouble("latencyPercentiles[-1].percentile")).isEqualTo(100.0);
        assertThat(result.getBoolean("slo.passed")).isFalse();

        given().get("/api/results?size=500").then().statusCode(200).body("testId", hasItem(id));
    }

    @Test
    void samplesBeforeTheirRequestStillCount() {
        String id = Events.newId();
        sample(Events.sample(id, 0, 1, 0, false, 1, 2));
        sample(Events.sample(id, 0, 1, 1, true, 3));
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get("/api/results/" + id + "/live").then()
                .statusCode(200).extract().jsonPath().getInt("shardsReported") == 1);
        assertThat(completedOf(id)).as("a finished test waits for its request").isEmpty();
        request(Events.request(id, 0, 1, 1, new SloCheck("latency.p99", "<=", 50)));

        TestCompleted done = awaitCompleted(id);
        assertThat(done.summary().requests()).isEqualTo(3);
        assertThat(done.summary().requestedRps()).as("taken from the late request").isEqualTo(100.0);
        assertThat(done.slo().passed()).as("the late request's SLO was checked").isTrue();
    }

    @Test
    void finishedShardsWhoseRequestNeverArrivesEndAfterTheRequestWait() {
        String id = Events.newId();
        sample(Events.sample(id, 0, 1, 0, true, 4, 5));

        TestCompleted done = awaitCompleted(id);
        assertThat(done.status()).isEqualTo(TestStatus.COMPLETED);
        assertThat(done.summary().requests()).isEqualTo(2);
        assertThat(done.summary().requestedRps()).as("no request, no requested rate").isNull();
    }

    @Test
    void atTheDeadlineMissingShardsMakeAPartialResultAndNoShardAFailure() {
        String partial = Events.newId();
        request(Events.request(partial, 0, 2, 1));
        sample(Events.sample(partial, 0, 2, 0, true, 7));
        String silent = Events.newId();
        request(Events.request(silent, 0, 1, 1));

        TestCompleted p = awaitCompleted(partial);
        assertThat(p.status()).isEqualTo(TestStatus.PARTIAL);
        // its silence span and its deadline end at about the same time here: either may say so first
        assertThat(p.reason()).matches("shard 1 (did not report by the deadline|never reported \\(nothing for 3 s.*)");
        assertThat(p.summary().requests()).isEqualTo(1);
        TestCompleted s = awaitCompleted(silent);
        assertThat(s.status()).isEqualTo(TestStatus.FAILED);
        assertThat(s.reason()).contains("no runner of generator 'native'");
        assertThat(TestRunStatus.of(silent)).isEqualTo("FAILED");
    }

    @Test
    void shardFailuresAndCancellationsEndTheTest() {
        String failed = Events.newId();
        request(Events.request(failed, 0, 1, 5));
        sample(Events.failure(failed, 0, 1, 0, new Failure(FailureCode.LIMIT_EXCEEDED, "spec.load: too fast")));
        TestCompleted f = awaitCompleted(failed);
        assertThat(f.status()).isEqualTo(TestStatus.FAILED);
        assertThat(f.reason()).isEqualTo("shard 0: spec.load: too fast");

        String cancelled = Events.newId();
        request(Events.request(cancelled, 0, 1, 60));
        sample(Events.sample(cancelled, 0, 1, 0, false, 3));
        sample(Events.failure(cancelled, 0, 1, 1, new Failure(FailureCode.CANCELLED, "cancelled")));
        assertThat(awaitCompleted(cancelled).status()).isEqualTo(TestStatus.CANCELLED);
    }

    @Test
    void aMalformedSampleIsDeadLetteredAndFailsItsTest() {
        String id = Events.newId();
        request(Events.request(id, 0, 1, 30));
        int before = deadLetters.received().size();
        records.sendRaw(AnalysisChannels.TEST_SAMPLES, Topics.TEST_SAMPLES, 0, id,
                ("{\"testId\":\"" + id + "\",\"shard\":{\"index\":0,\"count\":1},\"sequence\":\"soon\"}")
                        .getBytes(StandardCharsets.UTF_8),
                new RecordHeaders());

        TestCompleted done = awaitCompleted(id);
        assertThat(done.status()).isEqualTo(TestStatus.FAILED);
        assertThat(done.reason()).contains("a malformed sample arrived").contains("sequence");
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters.received().size() > before);
        Message<byte[]> letter = deadLetters.received().get(deadLetters.received().size() - 1);
        OutgoingKafkaRecordMetadata<?> meta = letter.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(meta.getTopic()).isEqualTo(Topics.TEST_SAMPLES_DLQ);
        assertThat(new String(meta.getHeaders().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8))
                .contains("sequence");
    }

    @Test
    void aRequestBeyondItsFieldLimitsIsDeadLetteredItsTestFailsAndTheChannelGoesOn() {
        String poisoned = Events.newId();
        // analysis once stored 200 of the 255 characters the profile service allows, and its channel stopped for good
        request(Events.fromProfile(poisoned, "p".repeat(FieldLimits.PROFILE_NAME + 1), 1));

        TestCompleted failed = awaitCompleted(poisoned);
        assertThat(failed.status()).isEqualTo(TestStatus.FAILED);
        assertThat(failed.reason()).isEqualTo("invalid test.requested: profile.name: is 256 characters; at most 255"
                + " are allowed");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> records.rejected().stream().anyMatch(r -> poisoned.equals(r.key())));
        InMemoryRecords.Rejected letter = records.rejected().stream().filter(r -> poisoned.equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(letter.reason()).hasMessageContaining("profile.name");
        assertThat(letter.header(DeadLetters.CONSUMER)).isEqualTo("analysis");
        assertThat(letter.header(DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.TEST_REQUESTED);

        String longest = Events.newId();
        request(Events.fromProfile(longest, "p".repeat(FieldLimits.PROFILE_NAME), 1));
        sample(Events.sample(longest, 0, 1, 0, true, 4));
        assertThat(awaitCompleted(longest).status()).as("the request channel still runs, and the longest name fits")
                .isEqualTo(TestStatus.COMPLETED);
        given().get("/api/results/" + longest).then().statusCode(200).body("profile.name",
                equalTo("p".repeat(FieldLimits.PROFILE_NAME)));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Inject
    jakarta.persistence.EntityManager entities;

    @Test
    void aResultTheDatabaseRefusesEndsItsTestFailedInsteadOfBeingRetriedForEver() {
        // a real refusal by PostgreSQL: a check constraint no other test's result meets
        sql("ALTER TABLE test_run ADD CONSTRAINT refuse_for_test CHECK (runners IS NULL OR runners <> 'refused')");
        try {
            String id = Events.newId();
            request(Events.request(id, 0, 1, 1));
            TestSample last = Events.sample(id, 0, 1, 0, true, 5, 6);
            sample(new TestSample(last.testId(), last.shard(), last.sequence(), true, last.generator(),
                    last.intervalStart(), last.intervalEnd(), last.counters(), last.histograms(), false, null,
                    "refused"));

            TestCompleted done = awaitCompleted(id);
            assertThat(done.status()).isEqualTo(TestStatus.FAILED);
            assertThat(done.reason()).startsWith("analysis could not store the result").contains("refuse_for_test");
            assertThat(TestRunStatus.of(id)).isEqualTo("FAILED");
            given().get("/api/results/" + id).then().statusCode(200).body("reason",
                    containsString("refuse_for_test"));
        } finally {
            sql("ALTER TABLE test_run DROP CONSTRAINT refuse_for_test");
        }
    }

    private void sql(String statement) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> entities.createNativeQuery(statement).executeUpdate());
    }

    @Inject
    AggregationService aggregation;

    @Inject
    ResultWriter writer;

    @Test
    void aTestRunningWhenAnalysisStoppedIsReopenedAndOnlyWhatIsReallyMissingMakesItPartial() {
        String whole = Events.newId();
        writer.recordStart(Events.request(whole, 0, 1, 1));
        String holed = Events.newId();
        writer.recordStart(Events.request(holed, 0, 1, 1));
        assertThat(aggregation.recoverRunning()).isGreaterThanOrEqualTo(2);

        // read again from the topic after the restart: every sample is there
        for (int seq = 0; seq < 3; seq++) {
            sample(Events.sample(whole, 0, 1, seq, seq == 2, 4, 5));
        }
        // two samples did not survive
        sample(Events.sample(holed, 0, 1, 0, false, 4));
        sample(Events.sample(holed, 0, 1, 3, true, 4));

        TestCompleted done = awaitCompleted(whole);
        assertThat(done.status()).isEqualTo(TestStatus.COMPLETED);
        assertThat(done.reason()).isNull();
        assertThat(done.summary().requests()).isEqualTo(6);
        TestCompleted partial = awaitCompleted(holed);
        assertThat(partial.status()).isEqualTo(TestStatus.PARTIAL);
        assertThat(partial.reason()).startsWith("shard 0 (runner-0): samples 1 to 2 of 4 missing (between second");
        assertThat(partial.summary().requests()).isEqualTo(2);
    }

    @Test
    void aShardThatGoesSilentIsLostAndTheTestEndsWithoutWaitingForItsDeadline() {
        String id = Events.newId();
        request(Events.request(id, 0, 2, 60));
        request(Events.request(id, 1, 2, 60));
        long started = System.nanoTime();
        sample(Events.sample(id, 0, 2, 0, false, 3));
        sample(Events.sample(id, 1, 2, 0, false, 3, 4));
        sample(Events.sample(id, 0, 2, 1, false, 3));
        sample(Events.sample(id, 0, 2, 2, true, 3));

        TestCompleted done = awaitCompleted(id);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(done.status()).isEqualTo(TestStatus.PARTIAL);
        assertThat(done.reason()).startsWith("shard 1 (runner-1) went silent after second").contains("runner stopped");
        assertThat(done.summary().requests()).isEqualTo(5);
        assertThat(seconds).as("a 60 s test whose shard died ends after the silence span, 3 s here")
                .isLessThan(20);
    }

    @Inject
    CompletionOutbox outbox;

    @Test
    void aCompletionTheBrokerDidNotConfirmIsPublishedAgainAndThenMarked() {
        String id = Events.newId();
        // as a crash between storing the result and the broker's acknowledgement leaves it
        sql("INSERT INTO test_run (test_id, status, generator, shards, shards_reported, ended_at, duplicates,"
                + " completion_published) VALUES ('" + id + "', 'COMPLETED', 'native', 1, 1, now() - interval '1 hour',"
                + " 0, false)");

        outbox.resendStale();

        TestCompleted again = awaitCompleted(id);
        assertThat(again.status()).isEqualTo(TestStatus.COMPLETED);
        assertThat(again.generator()).isEqualTo("native");
        await().atMost(Duration.ofSeconds(5)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> TestRun.<TestRun>findById(id).completionPublished));
        outbox.resendStale();
        assertThat(completed.received().stream().filter(m -> m.getPayload().testId().equals(id))).hasSize(1);
    }

    @Inject
    SampleOffsets offsets;

    @Test
    void sampleOffsetsAreCommittableOnlyOnceTheirTestIsStored() {
        TopicPartition partition = new TopicPartition(Topics.TEST_SAMPLES, 3);
        String id = Events.newId();
        request(Events.request(id, 0, 1, 30));
        long first = records.nextOffset();
        records.sampleOn(3, Events.sample(id, 0, 1, 0, false, 1));
        records.sampleOn(3, Events.sample(id, 0, 1, 1, false, 2));
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get("/api/results/" + id + "/live").then()
                .extract().jsonPath().getLong("requests") == 2);
        assertThat(offsets.committable().get(partition).offset()).as("held by the open test").isEqualTo(first);

        records.sampleOn(3, Events.sample(id, 0, 1, 2, true, 3));
        awaitCompleted(id);
        await().atMost(Duration.ofSeconds(5)).until(() -> offsets.committable().get(partition).offset() == first + 3);
    }

    @Test
    void unknownIdsAndBadQueriesAreProblems() {
        given().get("/api/results/no-such-test").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("no test with id no-such-test"));
        given().get("/api/results?size=100000").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/results?from=yesterday").then().statusCode(400).body("field", equalTo("from"))
                .body("detail", containsString("ISO-8601"));
    }

    /** Reads a stored status, to prove the database holds what was published. */
    static final class TestRunStatus {

        @jakarta.transaction.Transactional
        static String of(String id) {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> TestRun.<TestRun>findById(id).status);
        }
    }

}

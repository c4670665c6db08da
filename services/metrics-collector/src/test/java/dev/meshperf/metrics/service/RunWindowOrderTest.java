package dev.meshperf.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.metrics.domain.RunWindow;
import dev.meshperf.testing.KafkaAndPostgresResource;

/**
 * A test's request and completion are read from two topics on two threads, so they may arrive in either order or at
 * once; the run window must come out the same, on the real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "metrics"))
class RunWindowOrderTest {

    @Inject
    CollectionService collection;

    private static RunWindow window(String testId) {
        return QuarkusTransaction.requiringNew().call(() -> RunWindow.<RunWindow>findById(testId));
    }

    @Test
    void aCompletionBeforeItsRequestStillLearnsTheProfile() {
        String id = "order-" + UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(5);
        collection.closed(id, start, start.plusSeconds(3));
        collection.opened(request(id, start, new ProfileRef("p-1", "checkout", 4)));

        RunWindow w = window(id);
        assertThat(w.profileId).isEqualTo("p-1");
        assertThat(w.profileVersion).isEqualTo(4L);
        assertThat(CollectionService.settings(w.settingsJson).hosts()).containsExactly("checkout.shop:8080");
        assertThat(CollectionService.settings(w.settingsJson).generator()).containsEntry("generator", "native");
        assertThat(w.endedAt).isEqualTo(start.plusSeconds(3));
        assertThat(w.startAt).isEqualTo(start);
    }

    @Test
    void aRequestAndACompletionAtOnceMakeOneWholeWindow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> ids = new ArrayList<>();
            Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(5);
            for (int i = 0; i < 20; i++) {
                String id = "race-" + UUID.randomUUID();
                ids.add(id);
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Void> opened = CompletableFuture.runAsync(() -> {
                    await(go);
                    collection.opened(request(id, start, new ProfileRef("p-2", "cart", 1)));
                }, pool);
                CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
                    await(go);
                    collection.closed(id, start, start.plusSeconds(2));
                }, pool);
                go.countDown();
                CompletableFuture.allOf(opened, closed).get(30, TimeUnit.SECONDS);
            }
            for (String id : ids) {
                RunWindow w = window(id);
                assertThat(w).as(id).isNotNull();
                assertThat(w.profileId).as(id).isEqualTo("p-2");
                assertThat(w.endedAt).as(id).isEqualTo(start.plusSeconds(2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static TestRequested request(String id, Instant start, ProfileRef profile) {
        return new TestRequested(id, start, start, ShardRef.single(), "native", profile, new LoadSpec(Protocol.HTTP1,
                List.of(Endpoint.of("http://checkout.shop:8080/cart")), "GET", List.of(), Map.of(), null, null,
                LoadModel.constant(10), 1, null, Duration.ofSeconds(2), null, null, null, null, null, null, Map.of()),
                List.of(), Map.of(), null);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.meshperf.runnernighthawk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerservice.testing.Specs;

/** Nighthawk multiplies rps and connections by its workers: meshperf divides its totals first. */
class WorkerPlanTest {

    private static ShardRun run(double rate, int connections, Integer threads, int shard, int shards) {
        LoadSpec base = Specs.withLoad(Specs.post("http://h:1/", 1), LoadModel.constant(rate));
        LoadSpec spec = new LoadSpec(base.protocol(), base.endpoints(), base.method(), base.headers(), base.cookies(),
                base.body(), base.contentType(), base.load(), connections, threads, base.duration(), base.warmup(),
                base.requestTimeout(), base.tls(), base.grpc(), base.tcp(), base.mesh(), base.generatorOptions());
        return new ShardRun(new TestRequested("t", Instant.now(), Instant.now(), new ShardRef(shard, shards),
                "nighthawk", null, spec, List.of(), Map.of(), null));
    }

    @Test
    void theRateAndConnectionsAreDividedByTheWorkers() {
        WorkerPlan plan = WorkerPlan.of(run(1000, 10, 4, 0, 1), 1);

        assertThat(plan.concurrency()).isEqualTo(4);
        assertThat(plan.rpsPerWorker()).isEqualTo(250);
        assertThat(plan.connectionsPerWorker()).as("10 over 4 workers, rounded up").isEqualTo(3);
        assertThat(plan.effectiveRate()).isEqualTo(1000);
    }

    @Test
    void aShardTakesItsShareBeforeTheDivision() {
        WorkerPlan plan = WorkerPlan.of(run(1000, 8, 3, 1, 2), 1);

        assertThat(plan.rpsPerWorker()).as("500 for this shard over 3 workers").isEqualTo(167);
        assertThat(plan.effectiveRate()).as("rounded per worker").isEqualTo(501);
        assertThat(plan.connectionsPerWorker()).as("4 for this shard over 3 workers").isEqualTo(2);
    }

    @Test
    void workersAreReducedSoThatEachSendsAtLeastOneRequestPerSecond() {
        WorkerPlan plan = WorkerPlan.of(run(2, 1, 4, 0, 1), 1);

        assertThat(plan.concurrency()).isEqualTo(2);
        assertThat(plan.rpsPerWorker()).isEqualTo(1);
        assertThat(plan.connectionsPerWorker()).isEqualTo(1);
    }

    @Test
    void withoutThreadsTheConfiguredConcurrencyIsUsed() {
        WorkerPlan plan = WorkerPlan.of(run(600, 6, null, 0, 1), 2);

        assertThat(plan.concurrency()).isEqualTo(2);
        assertThat(plan.rpsPerWorker()).isEqualTo(300);
    }
}

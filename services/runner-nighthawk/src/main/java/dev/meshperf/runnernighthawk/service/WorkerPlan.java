package dev.meshperf.runnernighthawk.service;

import dev.meshperf.runner.spi.ShardRun;

/**
 * meshperf's totals turned into Nighthawk's per-worker settings. Nighthawk multiplies {@code --rps} and
 * {@code --connections} by {@code --concurrency} (its workers), a rule Meshery got wrong for years (it sent the total
 * rate as the per-worker rate, so the load was concurrency times too high). Here the shard's rate is divided by the
 * workers and rounded to a whole number per worker (Nighthawk's rps is an integer of at least 1), so the effective
 * rate is {@code rpsPerWorker x concurrency}; workers are reduced until each has at least one request per second.
 * Connections are divided the same way, rounded up, at least one per worker.
 */
public record WorkerPlan(int concurrency, int rpsPerWorker, int connectionsPerWorker) {

    public static WorkerPlan of(ShardRun run, int defaultConcurrency) {
        double shardRate = run.shareOf(run.spec().load().rate());
        int workers = run.spec().threads() != null ? run.spec().threads() : defaultConcurrency;
        workers = (int) Math.max(1, Math.min(workers, Math.floor(shardRate)));
        int rps = (int) Math.max(1, Math.round(shardRate / workers));
        int connections = Math.max(1, (run.connections() + workers - 1) / workers);
        return new WorkerPlan(workers, rps, connections);
    }

    /** The rate Nighthawk will really send for this shard. */
    public long effectiveRate() {
        return (long) rpsPerWorker * concurrency;
    }
}

package dev.meshperf.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.meshperf.engine.schedule.RateProfile;

/**
 * Everything the engine needs for one shard, already split to the shard's share.
 *
 * @param profile
 * the open-loop rate profile including warm-up; null for the closed-loop (max) model
 * @param pipelining
 * requests in flight per connection in the closed loop
 * @param stream
 * the first arrival stream of this shard (shard index × event loops) and {@code streams} the total
 * @param maxQueue
 * requests that may wait for a free connection, per shard, before the rest are dropped
 */
public record EngineSettings(
        List<Target> targets,
        int connections,
        RateProfile profile,
        boolean poisson,
        int pipelining,
        int streamsPerConnection,
        Duration warmup,
        Duration duration,
        Duration requestTimeout,
        int maxQueue,
        Instant startAt,
        int shardIndex,
        int shardCount,
        long seed) {

    public boolean openLoop() {
        return profile != null;
    }
}

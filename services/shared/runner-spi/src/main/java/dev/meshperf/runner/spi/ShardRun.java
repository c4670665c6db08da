package dev.meshperf.runner.spi;

import java.time.Duration;
import java.time.Instant;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.LoadSpec;

/**
 * One shard of a test as a runner sees it. Rates and connections in the spec are totals over all shards; this class
 * hands out the shard's share: shard i of N takes R/N and c/N, the first {@code c mod N} shards one connection more.
 */
public record ShardRun(TestRequested request) {

    public String testId() {
        return request.testId();
    }

    public ShardRef shard() {
        return request.shard() == null ? ShardRef.single() : request.shard();
    }

    public LoadSpec spec() {
        return request.spec();
    }

    /** This shard's share of the total connections; at least 1. */
    public int connections() {
        int total = spec().connections();
        int shards = shard().count();
        int share = total / shards + (shard().index() < total % shards ? 1 : 0);
        return Math.max(1, share);
    }

    /** This shard's share of a total rate. */
    public double shareOf(double totalRate) {
        return totalRate / shard().count();
    }

    public Instant startAt() {
        return request.startAt() == null ? Instant.now() : request.startAt();
    }

    public Duration warmup() {
        return spec().warmup() == null ? Duration.ZERO : spec().warmup();
    }
}

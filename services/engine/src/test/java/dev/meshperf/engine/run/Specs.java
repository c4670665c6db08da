package dev.meshperf.engine.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.runner.spi.ShardRun;

/** Builds test specs for the engine's tests. */
final class Specs {

    private Specs() {
    }

    static LoadSpec spec(LoadModel load, int connections, Duration duration, String... urls) {
        return new LoadSpec(Protocol.HTTP1, Arrays.stream(urls).map(Endpoint::of).toList(), "GET", List.of(), Map.of(),
                null, null, load, connections, null, duration, null, Duration.ofSeconds(5), null, null, null, null,
                Map.of());
    }

    static ShardRun shard(LoadSpec spec, int index, int count, Instant startAt) {
        return new ShardRun(new TestRequested(UUID.randomUUID().toString(), Instant.now(), startAt,
                new ShardRef(index, count), NativeLoadRunner.GENERATOR, null, spec, List.of(), Map.of(), null));
    }

    static ShardRun single(LoadSpec spec) {
        return shard(spec, 0, 1, Instant.now());
    }
}

package dev.meshperf.runnernative;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

/** Test requests for this service's tests. */
public final class Requests {

    private Requests() {
    }

    public static TestRequested constant(String url, double rate, int seconds) {
        return request("native", new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of(url)), "GET", List.of(), Map.of(),
                null, null, LoadModel.constant(rate), 2, null, Duration.ofSeconds(seconds), null,
                Duration.ofSeconds(5), null, null, null, null, Map.of()));
    }

    public static TestRequested request(String generator, LoadSpec spec) {
        return new TestRequested(UUID.randomUUID().toString(), Instant.now(), Instant.now(), ShardRef.single(),
                generator, null, spec, List.of(), Map.of(), null);
    }

    public static TestRequested withSpec(TestRequested r, LoadSpec spec) {
        return new TestRequested(r.testId(), r.requestedAt(), r.startAt(), r.shard(), r.generator(), r.profile(),
                spec, r.slos(), r.labels(), r.scheduleId());
    }
}

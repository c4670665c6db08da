package dev.meshperf.runnerservice.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

/** Load specs and requests for the runner services' tests: a POST with a header, cookies and a JSON body. */
public final class Specs {

    private Specs() {
    }

    /** A POST with a header, two cookies and a JSON body, at max rate over 2 connections. */
    public static LoadSpec post(String url, int seconds) {
        return new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of(url)), "POST",
                List.of(new Header("X-Meshperf-Test", "wrk \"quoted\" é")), Map.of("session", "abc", "lang", "en"),
                "{\"hello\":\"wrk\"}", "application/json", LoadModel.max(), 2, 1, Duration.ofSeconds(seconds), null,
                Duration.ofSeconds(2), null, null, null, null, Map.of());
    }

    public static LoadSpec withLoad(LoadSpec s, LoadModel load) {
        return new LoadSpec(s.protocol(), s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(),
                s.contentType(), load, s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(),
                s.tls(), s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }

    public static LoadSpec withProtocol(LoadSpec s, Protocol protocol) {
        return new LoadSpec(protocol, s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(), s.contentType(),
                s.load(), s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(), s.tls(),
                s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }

    public static LoadSpec withWarmup(LoadSpec s, Duration warmup) {
        return new LoadSpec(s.protocol(), s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(),
                s.contentType(), s.load(), s.connections(), s.threads(), s.duration(), warmup, s.requestTimeout(),
                s.tls(), s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }

    public static LoadSpec withEndpoints(LoadSpec s, List<Endpoint> endpoints) {
        return new LoadSpec(s.protocol(), endpoints, s.method(), s.headers(), s.cookies(), s.body(), s.contentType(),
                s.load(), s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(), s.tls(),
                s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }

    public static TestRequested request(String generator, LoadSpec spec) {
        return new TestRequested(UUID.randomUUID().toString(), Instant.now(), Instant.now(), ShardRef.single(),
                generator, null, spec, List.of(), Map.of(), null);
    }
}

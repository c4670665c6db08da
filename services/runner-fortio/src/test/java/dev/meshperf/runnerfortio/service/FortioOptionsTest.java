package dev.meshperf.runnerfortio.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.TlsOptions;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerservice.testing.Specs;

class FortioOptionsTest {

    private static ShardRun shard(LoadSpec spec, int index, int count) {
        return new ShardRun(new TestRequested("t-1", Instant.now(), Instant.now(), new ShardRef(index, count),
                "fortio", null, spec, List.of(), Map.of(), null));
    }

    @Test
    void mapsRateConnectionsDurationHeadersBodyAndMethod() {
        LoadSpec spec = Specs.withLoad(Specs.post("http://127.0.0.1:8080/x?y=1", 2), LoadModel.constant(300));
        FortioOptions o = FortioOptions.of(shard(spec, 1, 3), Duration.ofMillis(2500));
        ObjectNode rest = o.restBody(new ObjectMapper());

        assertThat(rest.path("url").asText()).isEqualTo("http://127.0.0.1:8080/x?y=1");
        assertThat(rest.path("runner").asText()).isEqualTo("http");
        assertThat(rest.path("qps").asText()).as("the shard's share of 300 over 3 shards").isEqualTo("100");
        assertThat(rest.path("t").asText()).isEqualTo("2500ms");
        assertThat(rest.path("c").asText()).as("2 connections over 3 shards: shard 1 gets one").isEqualTo("1");
        assertThat(rest.path("payload").asText()).isEqualTo("{\"hello\":\"wrk\"}");
        assertThat(rest.has("X")).as("POST with a payload is fortio's default").isFalse();
        assertThat(rest.path("headers").toString()).contains("X-Meshperf-Test: wrk \\\"quoted\\\" é")
                .contains("Content-Type: application/json").contains("Cookie: ");
        assertThat(rest.path("timeout").asText()).isEqualTo("2000ms");
        assertThat(rest.path("labels").asText()).isEqualTo("meshperf t-1 shard 1");
        assertThat(rest.has("h2")).isFalse();
        assertThat(o.payloadBytes()).isEqualTo(15);
    }

    @Test
    void maxIsMinusOneAndAnUnusualMethodIsSent() {
        LoadSpec get = Specs.post("http://h:1/", 1);
        LoadSpec put = new LoadSpec(get.protocol(), get.endpoints(), "put", get.headers(), get.cookies(), get.body(),
                get.contentType(), get.load(), get.connections(), get.threads(), get.duration(), get.warmup(),
                get.requestTimeout(), new TlsOptions(null, true, null), get.grpc(), get.tcp(), get.mesh(),
                get.generatorOptions());
        ObjectNode rest = FortioOptions.of(shard(put, 0, 1), Duration.ofSeconds(1)).restBody(new ObjectMapper());

        assertThat(rest.path("qps").asText()).isEqualTo("-1");
        assertThat(rest.path("X").asText()).isEqualTo("PUT");
        assertThat(rest.path("https-insecure").asText()).isEqualTo("on");
    }

    @Test
    void http2AndH2cUseH2AndGrpcUsesTheGrpcRunner() {
        ObjectMapper json = new ObjectMapper();
        assertThat(FortioOptions.of(shard(Specs.withProtocol(Specs.post("http://h:1/", 1), Protocol.H2C), 0, 1),
                Duration.ofSeconds(1)).restBody(json).path("h2").asText()).isEqualTo("on");
        ObjectNode grpc = FortioOptions.of(shard(Specs.withProtocol(Specs.withEndpoints(Specs.post("x", 1),
                List.of(dev.meshperf.contracts.spec.Endpoint.of("grpcs://svc:9443"))), Protocol.GRPC), 0, 1),
                Duration.ofSeconds(1)).restBody(json);
        assertThat(grpc.path("runner").asText()).isEqualTo("grpc");
        assertThat(grpc.path("url").asText()).isEqualTo("svc:9443");
        assertThat(grpc.path("grpc-secure").asText()).isEqualTo("on");
    }

    @Test
    void theCommandLineCarriesTheSameOptions() {
        LoadSpec spec = Specs.withLoad(Specs.post("http://127.0.0.1:8080/", 2), LoadModel.constant(50));
        List<String> command = FortioOptions.of(shard(spec, 0, 1), Duration.ofSeconds(2)).command("/usr/bin/fortio");

        assertThat(command.subList(0, 4)).containsExactly("/usr/bin/fortio", "load", "-json", "-");
        assertThat(String.join(" ", command)).contains("-qps 50").contains("-t 2000ms").contains("-c 2")
                .contains("-H Content-Type: application/json").contains("-payload {\"hello\":\"wrk\"}")
                .contains("-timeout 2000ms");
        assertThat(command.get(command.size() - 1)).isEqualTo("http://127.0.0.1:8080/");
    }
}

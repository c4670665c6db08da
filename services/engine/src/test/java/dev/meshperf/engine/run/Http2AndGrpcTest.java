package dev.meshperf.engine.run;

import static dev.meshperf.engine.run.Specs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.TlsOptions;
import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.testserver.GrpcServer;
import dev.meshperf.engine.testserver.Http2Server;
import dev.meshperf.engine.testserver.TestCertificate;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;

/** HTTP/2 (h2c and TLS with ALPN) against a real Netty HTTP/2 server, gRPC against a real grpc-java server. */
class Http2AndGrpcTest {

    @TempDir
    static Path dir;

    private static LoadEngine engine;
    private static NativeLoadRunner runner;
    private static TestCertificate certificate;

    @BeforeAll
    static void start() throws Exception {
        engine = new LoadEngine(2);
        runner = new NativeLoadRunner(engine, RunnerLimits.unlimited());
        certificate = TestCertificate.create(dir);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private Collected run(LoadSpec spec) {
        Collected c = new Collected();
        runner.start(single(spec), c).completion().join();
        return c;
    }

    private static LoadSpec spec(Protocol protocol, LoadModel load, int connections, String url, TlsOptions tls,
            GrpcOptions grpc) {
        return new LoadSpec(protocol, List.of(Endpoint.of(url)), null, List.of(), Map.of(), null, null, load,
                connections, null, Duration.ofSeconds(2), null, Duration.ofSeconds(5), tls, grpc, null, null, Map.of());
    }

    @Test
    void h2cWithPriorKnowledgeAtAConstantRate() throws Exception {
        try (Http2Server server = new Http2Server(null)) {
            Collected c = run(spec(Protocol.H2C, LoadModel.constant(200), 2,
                    "http://127.0.0.1:" + server.port() + "/?status=202", null, null));
            assertThat(c.last().failure()).isNull();
            assertThat(c.status("202")).isBetween(399L, 401L).isEqualTo(server.answered(202));
            assertThat(c.errors()).isZero();
        }
    }

    @Test
    void h2cClosedLoopRunsSeveralStreamsPerConnection() throws Exception {
        try (Http2Server server = new Http2Server(null)) {
            LoadModel eightStreams = new LoadModel(LoadModelType.MAX, null, null, null, null, null, 8);
            Collected c = run(spec(Protocol.H2C, eightStreams, 1, "http://127.0.0.1:" + server.port() + "/", null,
                    null));
            assertThat(c.requests()).isGreaterThan(500).isEqualTo(server.answered(200));
            assertThat(c.errors()).isZero();
        }
    }

    @Test
    void http2OverTlsNegotiatesH2WithAlpn() throws Exception {
        try (Http2Server server = new Http2Server(Http2Server.alpn(certificate))) {
            Collected c = run(spec(Protocol.HTTP2, LoadModel.constant(100), 2,
                    "https://localhost:" + server.port() + "/", new TlsOptions(certificate.pem(), false, null), null));
            assertThat(c.last().failure()).isNull();
            assertThat(c.status("200")).isBetween(199L, 201L).isEqualTo(server.answered(200));
        }
    }

    @Test
    void grpcHealthCheckIsTheDefaultCall() throws Exception {
        try (GrpcServer server = new GrpcServer()) {
            Collected c = run(spec(Protocol.GRPC, LoadModel.constant(100), 2, server.url(), null, null));
            assertThat(c.status("OK")).isBetween(199L, 201L);
            assertThat(c.errors()).isZero();
        }
    }

    @Test
    void grpcCallsAGivenMethodWithAGivenPayloadAndCountsStatuses() throws Exception {
        try (GrpcServer server = new GrpcServer()) {
            String payload = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
            Collected echo = run(spec(Protocol.GRPC, LoadModel.constant(100), 2, server.url(), null,
                    new GrpcOptions(GrpcServer.ECHO, payload)));
            assertThat(echo.status("OK")).isBetween(199L, 201L).isEqualTo(server.echoed());

            Collected fail = run(spec(Protocol.GRPC, LoadModel.constant(50), 1, server.url(), null,
                    new GrpcOptions(GrpcServer.FAIL, payload)));
            assertThat(fail.status("UNAVAILABLE")).isBetween(99L, 101L);
            assertThat(fail.errors()).isEqualTo(fail.status("UNAVAILABLE"));
        }
    }

    @Test
    void aBadGrpcMethodNameIsRefused() {
        assertThatThrownBy(() -> runner.start(single(spec(Protocol.GRPC, LoadModel.constant(10), 1,
                "grpc://127.0.0.1:1", null, new GrpcOptions("not a method", null))), new Collected()))
                .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.code()).isEqualTo(FailureCode.INVALID_SPEC))
                .hasMessageContaining("spec.grpc.method");
    }
}

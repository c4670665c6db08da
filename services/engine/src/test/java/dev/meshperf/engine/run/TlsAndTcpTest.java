package dev.meshperf.engine.run;

import static dev.meshperf.engine.run.Specs.single;
import static dev.meshperf.engine.run.Specs.spec;
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
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.TcpOptions;
import dev.meshperf.contracts.spec.TlsOptions;
import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.testserver.LineServer;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.engine.testserver.TestCertificate;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;

/** HTTPS against a real TLS server with a certificate made by keytool, and TCP against a real line server. */
class TlsAndTcpTest {

    @TempDir
    static Path dir;

    private static LoadEngine engine;
    private static NativeLoadRunner runner;
    private static TestCertificate certificate;
    private static TargetServer https;

    @BeforeAll
    static void start() throws Exception {
        engine = new LoadEngine(2);
        runner = new NativeLoadRunner(engine, RunnerLimits.unlimited());
        certificate = TestCertificate.create(dir);
        https = new TargetServer(certificate.serverContext());
    }

    @AfterAll
    static void stop() {
        https.close();
        engine.close();
    }

    private Collected run(LoadSpec spec) {
        Collected c = new Collected();
        runner.start(single(spec), c).completion().join();
        return c;
    }

    private static LoadSpec withTls(LoadSpec s, TlsOptions tls) {
        return new LoadSpec(s.protocol(), s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(),
                s.contentType(), s.load(), s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(),
                tls, s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }

    @Test
    void httpsWithTheTargetsCaCertificate() {
        long before = https.answered();
        LoadSpec spec = withTls(spec(LoadModel.constant(100), 2, Duration.ofSeconds(1),
                https.httpsUrl("localhost", "/?status=201")), new TlsOptions(certificate.pem(), false, null));
        Collected c = run(spec);

        assertThat(c.last().failure()).isNull();
        assertThat(c.status("201")).isBetween(99L, 101L);
        assertThat(https.answered() - before).isEqualTo(c.requests());
    }

    @Test
    void sniNamesTheServerWhenTheUrlHasAnAddress() {
        LoadSpec spec = withTls(spec(LoadModel.constant(50), 1, Duration.ofSeconds(1),
                https.httpsUrl("127.0.0.1", "/")), new TlsOptions(certificate.pem(), false, "localhost"));
        assertThat(run(spec).status("200")).isBetween(49L, 51L);
    }

    @Test
    void anUntrustedCertificateFailsTheRunWithATlsReason() {
        Collected c = run(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1), https.httpsUrl("localhost", "/")));

        assertThat(c.last().failure().code()).isEqualTo(FailureCode.TARGET_UNREACHABLE);
        assertThat(c.last().failure().reason()).startsWith("TLS handshake with localhost:" + https.port() + " failed");
    }

    @Test
    void theInsecureSwitchAcceptsAnyCertificate() {
        LoadSpec spec = withTls(spec(LoadModel.constant(50), 1, Duration.ofSeconds(1),
                https.httpsUrl("localhost", "/")), new TlsOptions(null, true, null));
        assertThat(run(spec).status("200")).isBetween(49L, 51L);
    }

    @Test
    void aBadCaCertificateIsRefused() {
        LoadSpec spec = withTls(spec(LoadModel.constant(10), 1, Duration.ofSeconds(1),
                https.httpsUrl("localhost", "/")), new TlsOptions("-----BEGIN CERTIFICATE-----\nnope\n", false, null));
        assertThatThrownBy(() -> runner.start(single(spec), new Collected()))
                .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.code()).isEqualTo(FailureCode.INVALID_SPEC))
                .hasMessageContaining("spec.tls.caCertificatePem");
    }

    @Test
    void tcpExchangesEndAtTheDelimiterOrAfterAByteCount() throws Exception {
        try (LineServer server = new LineServer()) {
            String ping = Base64.getEncoder().encodeToString("PING\n".getBytes(StandardCharsets.UTF_8));
            String newline = Base64.getEncoder().encodeToString("\n".getBytes(StandardCharsets.UTF_8));
            Collected byDelimiter = run(tcp(server.url(), new TcpOptions(ping, null, newline)));
            assertThat(byDelimiter.requests()).isBetween(199L, 201L);
            assertThat(byDelimiter.errors()).isZero();

            Collected byCount = run(tcp(server.url(), new TcpOptions(ping, 8, null)));
            assertThat(byCount.requests()).isBetween(199L, 201L);
            assertThat(byCount.latency().getTotalCount()).isEqualTo(byCount.requests());
            assertThat(server.lines()).isEqualTo(byDelimiter.requests() + byCount.requests());
        }
    }

    private static LoadSpec tcp(String url, TcpOptions options) {
        return new LoadSpec(Protocol.TCP, List.of(Endpoint.of(url)), null, List.of(), Map.of(), null, null,
                LoadModel.constant(100), 2, null, Duration.ofSeconds(2), null, Duration.ofSeconds(5), null, null,
                options, null, Map.of());
    }
}

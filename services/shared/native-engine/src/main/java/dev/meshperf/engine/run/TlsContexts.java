package dev.meshperf.engine.run;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.TlsOptions;
import dev.meshperf.runner.spi.RunFailure;

/** Client TLS contexts from a spec's TLS options: the JVM's CAs, a given CA certificate, or (insecure) any. */
final class TlsContexts {

    private TlsContexts() {
    }

    static SslContext of(TlsOptions options) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient();
            if (options != null && options.insecure()) {
                builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else if (options != null && options.caCertificatePem() != null && !options.caCertificatePem().isBlank()) {
                try {
                    builder.trustManager(new ByteArrayInputStream(
                            options.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
                } catch (IllegalArgumentException e) {
                    throw new RunFailure(FailureCode.INVALID_SPEC,
                            "spec.tls.caCertificatePem: not a PEM certificate (" + e.getMessage() + ")");
                }
            }
            return builder.build();
        } catch (SSLException e) {
            throw new RunFailure(FailureCode.INVALID_SPEC, "spec.tls: " + e.getMessage());
        }
    }
}

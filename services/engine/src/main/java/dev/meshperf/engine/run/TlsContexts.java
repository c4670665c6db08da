package dev.meshperf.engine.run;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
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
        return build(options, SslContextBuilder.forClient());
    }

    /** A context that offers only h2 with ALPN. */
    static SslContext h2(TlsOptions options) {
        return build(options, SslContextBuilder.forClient()
                .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                        ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                        ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                        ApplicationProtocolNames.HTTP_2)));
    }

    private static SslContext build(TlsOptions options, SslContextBuilder builder) {
        try {
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

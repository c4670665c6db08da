package dev.meshperf.engine;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Supplier;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/**
 * One host and port that connections go to, with the requests sent there in their weighted round-robin order, how
 * responses are framed, and TLS when the target uses it.
 *
 * @param ssl null for plain TCP
 * @param sni the server name to send and to verify the certificate against; defaults to the host
 * @param verifyHostname whether the certificate must name the host (off with the insecure switch)
 * @param h2 the requests in their rotation when the target speaks HTTP/2 (h2c, h2 or gRPC); null otherwise
 */
public record Target(String host, int port, InetSocketAddress address, SslContext ssl, String sni,
        boolean verifyHostname, Supplier<ResponseFramer> framers, List<RequestTemplate> rotation,
        List<H2Request> h2) {

    public H2Request h2Request(long sequence) {
        return h2.get((int) (sequence % h2.size()));
    }

    public RequestTemplate request(long sequence) {
        return rotation.get((int) (sequence % rotation.size()));
    }

    public String authority() {
        return host + ":" + port;
    }

    ResponseFramer newFramer() {
        return framers.get();
    }

    SslHandler newSslHandler(ByteBufAllocator alloc) {
        SslHandler handler = ssl.newHandler(alloc, sni, port);
        if (verifyHostname) {
            SSLEngine engine = handler.engine();
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(parameters);
        }
        return handler;
    }

    /** HTTP/1.1 framing. */
    public static Supplier<ResponseFramer> http1() {
        return Http1ResponseParser::new;
    }

    /** TCP framing: a fixed number of bytes, or up to a delimiter when one is given. */
    public static Supplier<ResponseFramer> tcp(int responseBytes, byte[] delimiter) {
        return () -> new TcpResponseFramer(responseBytes, delimiter);
    }
}

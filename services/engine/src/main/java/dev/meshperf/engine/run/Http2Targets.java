package dev.meshperf.engine.run;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2Headers;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.engine.H2Request;
import dev.meshperf.engine.Target;
import dev.meshperf.runner.spi.RunFailure;

/**
 * Targets that speak HTTP/2: h2c (cleartext, prior knowledge) for {@code http://}, h2 negotiated with ALPN for
 * {@code https://}, and gRPC unary calls ({@code grpc://} cleartext, {@code grpcs://} TLS).
 */
final class Http2Targets {

    private Http2Targets() {
    }

    static List<Target> of(LoadSpec spec, Protocol protocol) {
        boolean isGrpc = protocol == Protocol.GRPC;
        Map<String, List<H2Request>> byAuthority = new LinkedHashMap<>();
        Map<String, URI> uris = new LinkedHashMap<>();
        for (Endpoint endpoint : spec.endpoints()) {
            URI uri = URI.create(endpoint.url());
            boolean tls = tls(uri);
            if (protocol == Protocol.HTTP2 && !tls) {
                throw new RunFailure(FailureCode.INVALID_SPEC, "spec.endpoints: protocol http2 is HTTP/2 over TLS; "
                        + "use https:// or protocol h2c for " + endpoint.url());
            }
            if (protocol == Protocol.H2C && tls) {
                throw new RunFailure(FailureCode.INVALID_SPEC, "spec.endpoints: protocol h2c is cleartext; use "
                        + "http:// or protocol http2 for " + endpoint.url());
            }
            int port = port(uri);
            String authority = uri.getHost() + ":" + port;
            H2Request request = isGrpc ? grpc(spec, uri, authority) : http(spec, uri, authority);
            int weight = endpoint.weight() == null ? 1 : Math.min(endpoint.weight(), 100);
            List<H2Request> rotation = byAuthority.computeIfAbsent(authority, a -> new ArrayList<>());
            for (int i = 0; i < weight; i++) {
                rotation.add(request);
            }
            uris.putIfAbsent(authority, uri);
        }
        List<Target> targets = new ArrayList<>();
        byAuthority.forEach((authority, rotation) -> {
            if (rotation.isEmpty()) {
                return;
            }
            URI uri = uris.get(authority);
            boolean tls = tls(uri);
            targets.add(new Target(uri.getHost(), port(uri), SettingsMapper.resolve(uri.getHost(), port(uri)),
                    tls ? TlsContexts.h2(spec.tls()) : null, SettingsMapper.sni(spec, uri.getHost()),
                    tls && (spec.tls() == null || !spec.tls().insecure()), null, null, rotation));
        });
        if (targets.isEmpty()) {
            throw new RunFailure(FailureCode.INVALID_SPEC, "spec.endpoints: every endpoint has weight 0");
        }
        return targets;
    }

    private static boolean tls(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("grpcs");
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : tls(uri) ? 443 : 80;
    }

    private static H2Request http(LoadSpec spec, URI uri, String authority) {
        String method = spec.method() == null ? (spec.body() == null ? "GET" : "POST") : spec.method();
        Http2Headers headers = base(method, uri, authority, path(uri));
        userHeaders(spec, headers);
        byte[] body = spec.body() == null ? null : spec.body().getBytes(StandardCharsets.UTF_8);
        if (body != null && spec.contentType() != null && !headers.contains("content-type")) {
            headers.set("content-type", spec.contentType());
        }
        return H2Request.of(headers, body, false);
    }

    private static H2Request grpc(LoadSpec spec, URI uri, String authority) {
        GrpcOptions grpc = spec.grpc();
        String method = grpc == null || grpc.method() == null || grpc.method().isBlank()
                ? GrpcOptions.HEALTH_CHECK
                : grpc.method();
        if (!method.matches("[A-Za-z_][\\w.]*/[A-Za-z_]\\w*")) {
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.grpc.method: '" + method + "' is not package.Service/Method");
        }
        byte[] message;
        try {
            message = grpc == null || grpc.requestBase64() == null
                    ? new byte[0]
                    : Base64.getDecoder().decode(grpc.requestBase64());
        } catch (IllegalArgumentException e) {
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.grpc.requestBase64: not base64 (" + e.getMessage() + ")");
        }
        Http2Headers headers = base("POST", uri, authority, "/" + method);
        headers.set("content-type", "application/grpc");
        headers.set("te", "trailers");
        headers.set("user-agent", "meshperf");
        userHeaders(spec, headers);
        return H2Request.of(headers, H2Request.grpcFrame(message), true);
    }

    private static Http2Headers base(String method, URI uri, String authority, String path) {
        Http2Headers headers = new DefaultHttp2Headers();
        headers.method(method);
        headers.scheme(tls(uri) ? "https" : "http");
        headers.authority(uri.getPort() > 0 ? authority : uri.getHost());
        headers.path(path);
        return headers;
    }

    private static void userHeaders(LoadSpec spec, Http2Headers headers) {
        if (spec.headers() != null) {
            for (Header h : spec.headers()) {
                headers.add(h.name().toLowerCase(Locale.ROOT), h.value() == null ? "" : h.value());
            }
        }
        if (spec.cookies() != null && !spec.cookies().isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            spec.cookies().forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=')
                    .append(v));
            headers.set("cookie", cookie.toString());
        }
    }

    private static String path(URI uri) {
        return (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}

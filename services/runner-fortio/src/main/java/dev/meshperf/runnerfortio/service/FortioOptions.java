package dev.meshperf.runnerfortio.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.runner.spi.ShardRun;

/**
 * One shard's fortio options, for its REST API ({@code /fortio/rest/run}, string values as fortio reads them) and for
 * {@code fortio load}. Mapping: rate is the shard's share of the total as {@code qps} (fortio's qps is a total over
 * its connections; -1 is max speed); connections as {@code c}; duration as {@code t}; headers, Content-Type and a
 * Cookie header as {@code headers}/{@code -H}; the body as {@code payload}; a method other than fortio's default
 * (GET, or POST with a payload) as {@code X}; HTTP/2 and h2c as {@code h2}; gRPC as the {@code grpc} runner with the
 * health service (TLS for grpcs); tcp:// URLs go to fortio's TCP runner.
 *
 * @param url
 * the target as fortio wants it: the URL, or host:port for gRPC
 */
public record FortioOptions(
        String url,
        boolean grpc,
        boolean grpcSecure,
        String qps,
        String duration,
        int connections,
        List<String> headers,
        String payload,
        String method,
        boolean h2,
        boolean insecure,
        String timeout,
        String labels) {

    /** Percentiles asked for; used only when fortio sends no histogram buckets. */
    public static final String PERCENTILES = "50,75,90,95,99,99.9,99.99";

    public static FortioOptions of(ShardRun run, Duration duration) {
        LoadSpec spec = run.spec();
        Protocol protocol = spec.protocol() == null ? Protocol.HTTP1 : spec.protocol();
        String url = spec.endpoints().get(0).url();
        boolean grpc = protocol == Protocol.GRPC;
        boolean grpcSecure = false;
        if (grpc) {
            URI uri = URI.create(url);
            grpcSecure = "grpcs".equals(uri.getScheme());
            url = uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : grpcSecure ? 443 : 80);
        }
        String qps = spec.load().type() == LoadModelType.CONSTANT
                ? decimal(run.shareOf(spec.load().rate()))
                : "-1";
        String body = spec.body() == null || spec.body().isEmpty() ? null : spec.body();
        String method = spec.method() == null ? null : spec.method().toUpperCase(Locale.ROOT);
        String fortioDefault = body == null ? "GET" : "POST";
        return new FortioOptions(url, grpc, grpcSecure, qps, duration.toMillis() + "ms", run.connections(),
                headers(spec), body, method == null || method.equals(fortioDefault) ? null : method,
                protocol == Protocol.HTTP2 || protocol == Protocol.H2C,
                spec.tls() != null && spec.tls().insecure(),
                spec.requestTimeout() == null ? null : spec.requestTimeout().toMillis() + "ms",
                "meshperf " + run.testId() + " shard " + run.shard().index());
    }

    public long payloadBytes() {
        return payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The JSON body of {@code POST /fortio/rest/run}: every value a string, flags "on", as fortio reads them. */
    public ObjectNode restBody(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("url", url);
        body.put("runner", grpc ? "grpc" : "http");
        body.put("qps", qps);
        body.put("t", duration);
        body.put("c", Integer.toString(connections));
        body.put("p", PERCENTILES);
        body.put("labels", labels);
        ArrayNode list = body.putArray("headers");
        headers.forEach(list::add);
        if (payload != null) {
            body.put("payload", payload);
        }
        if (method != null) {
            body.put("X", method);
        }
        flag(body, "h2", h2);
        flag(body, "https-insecure", insecure);
        flag(body, "grpc-secure", grpcSecure);
        if (timeout != null) {
            body.put("timeout", timeout);
        }
        return body;
    }

    /** {@code fortio load -json - ...}: the result JSON goes to stdout, fortio's log to stderr. */
    public List<String> command(String binary) {
        List<String> command = new ArrayList<>(List.of(binary, "load", "-json", "-", "-qps", qps, "-t", duration,
                "-c", Integer.toString(connections), "-p", PERCENTILES, "-labels", labels));
        headers.forEach(h -> {
            command.add("-H");
            command.add(h);
        });
        if (payload != null) {
            command.add("-payload");
            command.add(payload);
        }
        if (method != null) {
            command.add("-X");
            command.add(method);
        }
        if (h2) {
            command.add("-h2");
        }
        if (insecure) {
            command.add("-https-insecure");
        }
        if (timeout != null) {
            command.add("-timeout");
            command.add(timeout);
        }
        if (grpc) {
            command.add("-grpc");
            if (grpcSecure) {
                command.add("-grpc-secure");
            }
        }
        command.add(url);
        return command;
    }

    private static void flag(ObjectNode body, String name, boolean on) {
        if (on) {
            body.put(name, "on");
        }
    }

    private static List<String> headers(LoadSpec spec) {
        List<String> headers = new ArrayList<>();
        if (spec.headers() != null) {
            spec.headers().forEach(h -> headers.add(h.name() + ": " + h.value()));
        }
        if (spec.contentType() != null && !spec.contentType().isBlank()) {
            headers.add("Content-Type: " + spec.contentType());
        }
        if (spec.cookies() != null && !spec.cookies().isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            for (Map.Entry<String, String> c : spec.cookies().entrySet()) {
                cookie.append(cookie.isEmpty() ? "" : "; ").append(c.getKey()).append('=').append(c.getValue());
            }
            headers.add("Cookie: " + cookie);
        }
        return headers;
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

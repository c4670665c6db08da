package dev.meshperf.cli.options;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.spec.Arrival;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.HumanDuration;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.RateStep;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.contracts.spec.TcpOptions;
import dev.meshperf.contracts.spec.TlsOptions;

/** Turns command-line words into a load spec; a bad value is an {@link IllegalArgumentException} naming the option. */
public final class SpecOptions {

    private SpecOptions() {
    }

    public static LoadSpec spec(LoadOptions o) {
        List<Header> headers = new ArrayList<>();
        for (String h : o.headers) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header: '" + h + "' is not 'Name: value'");
            }
            headers.add(new Header(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
        }
        Protocol protocol = protocol(o.protocol);
        Map<String, String> options = new java.util.HashMap<>();
        if (o.maxQueue != null) {
            options.put("native.maxQueue", o.maxQueue);
        }
        if (o.streams != null) {
            options.put("native.h2.streams", o.streams);
        }
        return new LoadSpec(protocol, o.urls.stream().map(Endpoint::of).toList(), o.method, headers, Map.of(),
                body(o.body), o.contentType, load(o), o.connections, o.threads, duration("--duration", o.duration),
                o.warmup == null ? null : duration("--warmup", o.warmup), duration("--timeout", o.timeout), tls(o),
                grpc(o), protocol == Protocol.TCP ? tcp(o) : null, null, options);
    }

    private static Protocol protocol(String text) {
        try {
            return text == null ? Protocol.HTTP1 : Protocol.fromWire(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--protocol: " + e.getMessage());
        }
    }

    private static TlsOptions tls(LoadOptions o) {
        if (o.caCert == null && !o.insecure && o.sni == null) {
            return null;
        }
        String pem = null;
        if (o.caCert != null) {
            try {
                pem = Files.readString(Path.of(o.caCert), StandardCharsets.US_ASCII);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("--cacert: cannot read " + o.caCert + ": " + e.getMessage());
            }
        }
        return new TlsOptions(pem, o.insecure, o.sni);
    }

    private static GrpcOptions grpc(LoadOptions o) {
        if (o.grpcMethod == null && o.grpcRequest == null) {
            return null;
        }
        String request = o.grpcRequest;
        if (request != null && request.startsWith("@")) {
            try {
                request = Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(request.substring(1))));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("--grpc-request: cannot read " + request.substring(1));
            }
        }
        return new GrpcOptions(o.grpcMethod, request);
    }

    private static TcpOptions tcp(LoadOptions o) {
        if (o.tcpPayload == null) {
            throw new IllegalArgumentException("--tcp-payload: a TCP test needs something to send");
        }
        return new TcpOptions(base64(o.tcpPayload), o.tcpBytes, o.tcpDelimiter == null ? null : base64(o.tcpDelimiter));
    }

    /** Text as typed, with \\n, \\r and \\t standing for those characters. */
    private static String base64(String text) {
        String unescaped = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
        return Base64.getEncoder().encodeToString(unescaped.getBytes(StandardCharsets.UTF_8));
    }

    public static LoadModel load(LoadOptions o) {
        Arrival arrival = o.arrival == null ? Arrival.UNIFORM : Arrival.fromWire(o.arrival);
        if (o.steps != null) {
            List<RateStep> steps = new ArrayList<>();
            for (String step : o.steps.split(",")) {
                String[] parts = step.trim().split("@");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--steps: '" + step + "' is not RATE@DURATION, e.g. 100@10s");
                }
                steps.add(new RateStep(number("--steps", parts[0]), duration("--steps", parts[1])));
            }
            return new LoadModel(LoadModelType.STEPS, null, null, null, steps, arrival, null);
        }
        if (o.ramp != null) {
            String[] parts = o.ramp.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--ramp: '" + o.ramp + "' is not FROM:TO, e.g. 100:1000");
            }
            return new LoadModel(LoadModelType.RAMP, null, number("--ramp", parts[0]), number("--ramp", parts[1]),
                    null, arrival, null);
        }
        if (o.rate == null || o.rate.equalsIgnoreCase("max")) {
            return new LoadModel(LoadModelType.MAX, null, null, null, null, null, o.pipeline);
        }
        return new LoadModel(LoadModelType.CONSTANT, number("--rate", o.rate), null, null, null, arrival, null);
    }

    public static List<SloCheck> slos(List<String> texts) {
        List<SloCheck> checks = new ArrayList<>();
        for (String text : texts) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([A-Za-z0-9.]+)\\s*(<=|>=|<|>)\\s*(.+)")
                    .matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "--slo: '" + text + "' is not METRIC OP VALUE, e.g. latency.p99<=250");
            }
            checks.add(new SloCheck(m.group(1), m.group(2), number("--slo", m.group(3).trim())));
        }
        return checks;
    }

    private static String body(String body) {
        if (body == null || !body.startsWith("@")) {
            return body;
        }
        try {
            return Files.readString(Path.of(body.substring(1)), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--body: cannot read " + body.substring(1) + ": " + e.getMessage());
        }
    }

    private static Duration duration(String option, String text) {
        try {
            return HumanDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }
}

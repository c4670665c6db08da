package dev.meshperf.contracts.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.RateStep;

/** Checks a {@link LoadSpec} for values no generator could run; limits of a particular runner are checked there. */
public final class LoadSpecValidator {

    /** RFC 9110 token characters, the only ones allowed in a header name. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");
    private static final Set<String> GRPC_SCHEMES = Set.of("grpc", "grpcs", "http", "https");

    /** Upper bounds: beyond them a value is a typo, not a test (the body must also fit in one Kafka record). */
    public static final int MAX_CONNECTIONS = 100_000;
    public static final int MAX_THREADS = 256;
    public static final double MAX_RATE = 10_000_000;
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    public static final int MAX_BODY_BYTES = 512 * 1024;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_ENDPOINTS = 100;
    public static final int MAX_HEADERS = 100;
    public static final int MAX_STEPS = 1000;
    public static final int MAX_CONTENT_TYPE = 255;
    private static final Pattern SNI = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern GRPC_METHOD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*/[A-Za-z_][A-Za-z0-9_]*");

    private LoadSpecValidator() {
    }

    public static List<Violation> validate(LoadSpec spec, String path) {
        Violations v = new Violations();
        if (!v.require(spec, path)) {
            return v.list();
        }
        Protocol protocol = spec.protocol() == null ? Protocol.HTTP1 : spec.protocol();
        endpoints(spec.endpoints(), protocol, path + ".endpoints", v);
        headers(spec.headers(), path + ".headers", v);
        v.positive(spec.connections(), path + ".connections");
        v.atMost(spec.connections(), MAX_CONNECTIONS, path + ".connections");
        v.positive(spec.threads(), path + ".threads");
        v.atMost(spec.threads(), MAX_THREADS, path + ".threads");
        if (v.require(spec.duration(), path + ".duration")) {
            positive(spec.duration(), path + ".duration", v);
            atMost(spec.duration(), path + ".duration", v);
        }
        notNegative(spec.warmup(), path + ".warmup", v);
        atMost(spec.warmup(), path + ".warmup", v);
        if (spec.requestTimeout() != null) {
            positive(spec.requestTimeout(), path + ".requestTimeout", v);
            atMost(spec.requestTimeout(), path + ".requestTimeout", v);
        }
        if (spec.body() != null
                && spec.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            v.add(path + ".body", "is " + spec.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + " bytes; at most " + MAX_BODY_BYTES + " bytes are allowed");
        }
        if (spec.method() != null && !TOKEN.matcher(spec.method()).matches()) {
            v.add(path + ".method", "is not a valid HTTP method token: '" + printable(spec.method()) + "'");
        }
        cookies(spec.cookies(), path + ".cookies", v);
        if (spec.contentType() != null) {
            fieldValue(spec.contentType(), path + ".contentType", v);
            if (spec.contentType().length() > MAX_CONTENT_TYPE) {
                v.add(path + ".contentType", "is longer than " + MAX_CONTENT_TYPE + " characters");
            }
        }
        if (spec.tls() != null && spec.tls().sni() != null && !spec.tls().sni().isEmpty()
                && !SNI.matcher(spec.tls().sni()).matches()) {
            v.add(path + ".tls.sni", "must be a DNS host name (letters, digits, '-' and '.', at most 253 characters)");
        }
        if (spec.grpc() != null && spec.grpc().method() != null && !spec.grpc().method().isBlank()
                && !GRPC_METHOD.matcher(spec.grpc().method()).matches()) {
            v.add(path + ".grpc.method", "must be package.Service/Method, without spaces or control characters");
        }
        if (v.require(spec.load(), path + ".load")) {
            load(spec.load(), path + ".load", v);
        }
        if (protocol == Protocol.TCP && spec.tcp() == null) {
            v.add(path + ".tcp", "is required for protocol tcp");
        }
        return v.list();
    }

    private static void endpoints(List<Endpoint> endpoints, Protocol protocol, String path, Violations v) {
        if (endpoints == null || endpoints.isEmpty()) {
            v.add(path, "needs at least one endpoint");
            return;
        }
        if (endpoints.size() > MAX_ENDPOINTS) {
            v.add(path, "has " + endpoints.size() + " endpoints; at most " + MAX_ENDPOINTS + " are allowed");
            return;
        }
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint endpoint = endpoints.get(i);
            String at = path + "[" + i + "]";
            if (!v.require(endpoint, at) || !v.require(endpoint.url(), at + ".url")) {
                continue;
            }
            url(endpoint.url(), protocol, at + ".url", v);
            v.notNegative(endpoint.weight(), at + ".weight");
        }
    }

    private static void url(String url, Protocol protocol, String field, Violations v) {
        if (url.length() > MAX_URL_LENGTH) {
            v.add(field, "is " + url.length() + " characters long; at most " + MAX_URL_LENGTH + " are allowed");
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            v.add(field, "is not a valid URL: " + e.getReason());
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        Set<String> allowed = switch (protocol) {
            case TCP -> Set.of("tcp");
            case GRPC -> GRPC_SCHEMES;
            default -> HTTP_SCHEMES;
        };
        if (!allowed.contains(scheme)) {
            v.add(field,
                    "scheme '" + scheme + "' does not fit protocol " + protocol.wireName() + "; use one of " + allowed);
        } else if (uri.getHost() == null || uri.getHost().isBlank()) {
            v.add(field, "has no host: '" + printable(url) + "'");
        } else if (uri.getRawUserInfo() != null) {
            v.add(field, "must not carry credentials (user:password@); send them in an Authorization header, "
                    + "which is kept secret");
        } else if (uri.getPort() > 65535) {
            v.add(field, "port " + uri.getPort() + " is out of range");
        }
    }

    private static void headers(List<Header> headers, String path, Violations v) {
        if (headers == null) {
            return;
        }
        if (headers.size() > MAX_HEADERS) {
            v.add(path, "has " + headers.size() + " headers; at most " + MAX_HEADERS + " are allowed");
            return;
        }
        for (int i = 0; i < headers.size(); i++) {
            Header header = headers.get(i);
            String at = path + "[" + i + "]";
            if (!v.require(header, at) || !v.require(header.name(), at + ".name")) {
                continue;
            }
            if (!TOKEN.matcher(header.name()).matches()) {
                v.add(at + ".name", "'" + printable(header.name()) + "' is not a valid header name");
            }
            if (header.value() != null) {
                fieldValue(header.value(), at + ".value", v);
            }
        }
    }

    /** Cookie names are tokens; values have no control characters, no ';' (which would start another cookie). */
    private static void cookies(Map<String, String> cookies, String path, Violations v) {
        if (cookies == null) {
            return;
        }
        cookies.forEach((name, value) -> {
            String at = path + "." + printable(name);
            if (!TOKEN.matcher(name).matches()) {
                v.add(at, "'" + printable(name) + "' is not a valid cookie name");
            } else if (value != null && (hasControl(value) || value.indexOf(';') >= 0)) {
                v.add(at, "must not contain control characters (CR, LF, ...) or ';'");
            }
        });
    }

    /**
     * A header field value (RFC 9110): no control character but horizontal tab, so that nothing can end the header
     * line and start another one.
     */
    private static void fieldValue(String value, String field, Violations v) {
        if (hasControl(value)) {
            v.add(field, "must not contain control characters (CR, LF, NUL, ...)");
        }
    }

    static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    /** A value fit to quote in a message: control characters shown as \\uXXXX. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static void load(LoadModel load, String path, Violations v) {
        if (!v.require(load.type(), path + ".type")) {
            return;
        }
        switch (load.type()) {
            case MAX -> {
                v.positive(load.pipelining(), path + ".pipelining");
                v.atMost(load.pipelining(), 1024, path + ".pipelining");
            }
            case CONSTANT -> {
                if (v.require(load.rate(), path + ".rate")) {
                    v.positive(load.rate(), path + ".rate");
                    v.atMost(load.rate(), MAX_RATE, path + ".rate");
                }
            }
            case RAMP -> {
                if (v.require(load.startRate(), path + ".startRate") & v.require(load.endRate(), path + ".endRate")) {
                    v.notNegative(load.startRate(), path + ".startRate");
                    v.notNegative(load.endRate(), path + ".endRate");
                    v.atMost(load.startRate(), MAX_RATE, path + ".startRate");
                    v.atMost(load.endRate(), MAX_RATE, path + ".endRate");
                    if (load.startRate() + load.endRate() <= 0) {
                        v.add(path + ".endRate", "startRate and endRate cannot both be 0");
                    }
                }
            }
            case STEPS -> steps(load.steps(), path + ".steps", v);
        }
    }

    private static void steps(List<RateStep> steps, String path, Violations v) {
        if (steps == null || steps.isEmpty()) {
            v.add(path, "needs at least one step for the steps model");
            return;
        }
        if (steps.size() > MAX_STEPS) {
            v.add(path, "has " + steps.size() + " steps; at most " + MAX_STEPS + " are allowed");
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            RateStep step = steps.get(i);
            String at = path + "[" + i + "]";
            if (!v.require(step, at)) {
                continue;
            }
            v.notNegative(step.rate(), at + ".rate");
            v.atMost(step.rate(), MAX_RATE, at + ".rate");
            if (v.require(step.duration(), at + ".duration")) {
                positive(step.duration(), at + ".duration", v);
                atMost(step.duration(), at + ".duration", v);
            }
        }
    }

    private static void positive(Duration duration, String field, Violations v) {
        if (duration.isNegative() || duration.isZero()) {
            v.add(field, "must be longer than 0, was " + duration);
        }
    }

    private static void atMost(Duration duration, String field, Violations v) {
        if (duration != null && duration.compareTo(MAX_DURATION) > 0) {
            v.add(field, "must be at most " + MAX_DURATION.toHours() + "h, was " + duration);
        }
    }

    private static void notNegative(Duration duration, String field, Violations v) {
        if (duration != null && duration.isNegative()) {
            v.add(field, "must not be negative, was " + duration);
        }
    }
}

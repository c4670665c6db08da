package dev.meshperf.metrics.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.secrets.Redaction;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;

/**
 * What a run's request says that can move its numbers, kept with its window for comparisons: the generator and its
 * settings, the profile and its version, and the profile's fields as text ({@code load}, {@code connections},
 * {@code header accept}, …). Secrets never get here: values of cookies, of headers marked secret or named like a
 * credential, and of query parameters and generator options whose names suggest a secret are kept as
 * {@code (hidden)}, user info is cut from URLs; the body (its secret fields hidden first) and a CA
 * certificate are kept as their size or a short digest, enough to tell that they changed.
 *
 * @param hosts
 * the target hosts of the endpoints ({@code host} or {@code host:port})
 * @param generator
 * {@code generator}, {@code shards}, {@code threads}, {@code option NAME}
 * @param profile
 * the profile's fields, by name
 */
public record RunSettings(String profileId, String profileName, Long profileVersion, List<String> hosts,
        Map<String, String> generator, Map<String, String> profile) {

    /** What a secret's value is kept as. */
    public static final String HIDDEN = "(hidden)";
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(auth|token|secret|password|passwd|key|cookie|session|credential|signature).*");

    public static RunSettings of(TestRequested request, List<String> hosts) {
        Map<String, String> generator = new LinkedHashMap<>();
        LoadSpec spec = request.spec();
        generator.put("generator", request.generator());
        generator.put("shards", request.shard() == null ? "1" : String.valueOf(request.shard().count()));
        Map<String, String> profile = new LinkedHashMap<>();
        if (spec != null) {
            put(generator, "threads", spec.threads());
            new TreeMap<>(spec.generatorOptions() == null ? Map.<String, String>of() : spec.generatorOptions())
                    .forEach((k, v) -> generator.put("option " + k, hidden(k, v)));
            fields(spec, profile);
        }
        if (request.slos() != null) {
            request.slos().forEach(s -> profile.put("slo " + s.metric(), s.op() + " " + number(s.threshold())));
        }
        return new RunSettings(request.profile() == null ? null : request.profile().id(),
                request.profile() == null ? null : request.profile().name(),
                request.profile() == null ? null : request.profile().version(), hosts, generator, profile);
    }

    private static void fields(LoadSpec spec, Map<String, String> out) {
        put(out, "protocol", spec.protocol() == null ? null : spec.protocol().name().toLowerCase(Locale.ROOT));
        put(out, "endpoints", spec.endpoints() == null
                ? null
                : spec.endpoints().stream().map(RunSettings::endpoint).collect(Collectors.joining(", ")));
        put(out, "method", spec.method());
        if (spec.headers() != null) {
            spec.headers().forEach(h -> out.merge("header " + h.name().toLowerCase(Locale.ROOT),
                    Redaction.isSecret(h) ? HIDDEN : hidden(h.name(), h.value()), (a, b) -> a + ", " + b));
        }
        if (spec.cookies() != null) {
            new TreeMap<>(spec.cookies()).forEach((k, v) -> out.put("cookie " + k, HIDDEN));
        }
        put(out, "body", spec.body() == null
                ? null
                : spec.body().getBytes(StandardCharsets.UTF_8).length + " bytes, "
                        + digest(Redaction.body(spec.body(), spec.contentType())));
        put(out, "content type", spec.contentType());
        put(out, "load", load(spec.load()));
        put(out, "connections", spec.connections());
        put(out, "duration", duration(spec.duration()));
        put(out, "warmup", duration(spec.warmup()));
        put(out, "request timeout", duration(spec.requestTimeout()));
        if (spec.tls() != null) {
            put(out, "tls insecure", spec.tls().insecure() ? "yes" : null);
            put(out, "tls sni", spec.tls().sni());
            put(out, "tls ca certificate", spec.tls().caCertificatePem() == null
                    ? null
                    : digest(spec.tls().caCertificatePem()));
        }
        if (spec.grpc() != null) {
            put(out, "grpc", spec.grpc().toString());
        }
        if (spec.tcp() != null) {
            put(out, "tcp", spec.tcp().toString());
        }
        put(out, "declared mesh", spec.mesh() == null
                ? null
                : spec.mesh().name() + (spec.mesh().version() == null ? "" : " " + spec.mesh().version()));
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, String.valueOf(value));
        }
    }

    /** An endpoint URL without user info, secret-looking query values hidden, with its weight. */
    private static String endpoint(Endpoint e) {
        String url = e.url();
        try {
            URI u = URI.create(url);
            String query = u.getRawQuery() == null
                    ? null
                    : Arrays.stream(u.getRawQuery().split("&")).map(p -> {
                        int eq = p.indexOf('=');
                        return eq < 0 || !SECRET.matcher(p.substring(0, eq)).matches()
                                ? p
                                : p.substring(0, eq) + "=" + HIDDEN;
                    }).collect(Collectors.joining("&"));
            url = new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getRawPath(), null, null).toString()
                    + (query == null ? "" : "?" + query);
        } catch (IllegalArgumentException | URISyntaxException ex) {
            url = "not a URL, " + digest(url);
        }
        return e.weight() == null ? url : url + " (weight " + e.weight() + ")";
    }

    private static String load(LoadModel m) {
        if (m == null || m.type() == null) {
            return null;
        }
        String type = m.type().name().toLowerCase(Locale.ROOT);
        String text = switch (type) {
            case "constant" -> "constant " + number(m.rate()) + " req/s";
            case "ramp" -> "ramp " + number(m.startRate()) + " → " + number(m.endRate()) + " req/s";
            case "steps" -> "steps " + (m.steps() == null
                    ? "[]"
                    : m.steps().stream().map(s -> number(s.rate()) + "@" + duration(s.duration()))
                            .collect(Collectors.joining(", ")));
            default -> type;
        };
        if (m.arrival() != null && !type.equals("max")) {
            text += " (" + m.arrival().name().toLowerCase(Locale.ROOT) + ")";
        }
        if (m.pipelining() != null && m.pipelining() > 1) {
            text += ", pipelining " + m.pipelining();
        }
        return text;
    }

    private static String number(Double value) {
        return value == null ? "?" : number(value.doubleValue());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String duration(Duration d) {
        if (d == null) {
            return null;
        }
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        return s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
    }

    private static String hidden(String name, String value) {
        return value == null ? null : SECRET.matcher(name).matches() ? HIDDEN : value;
    }

    /** A digest that tells a change without the value. */
    static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

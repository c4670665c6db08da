package dev.meshperf.engine.run;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.engine.EngineSettings;
import dev.meshperf.engine.RequestTemplate;
import dev.meshperf.engine.Target;
import dev.meshperf.engine.schedule.ConstantRate;
import dev.meshperf.engine.schedule.RampRate;
import dev.meshperf.engine.schedule.RateProfile;
import dev.meshperf.engine.schedule.StepsRate;
import dev.meshperf.engine.schedule.WithWarmup;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;

/** Turns one shard of a validated spec into engine settings; what the engine cannot do yet is refused here. */
public final class SettingsMapper {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_QUEUE = 10_000;
    public static final String MAX_QUEUE_OPTION = "native.maxQueue";
    public static final String STREAMS_OPTION = "native.h2.streams";
    public static final int DEFAULT_STREAMS = 10;

    private SettingsMapper() {
    }

    public static EngineSettings map(ShardRun run) {
        LoadSpec spec = run.spec();
        Protocol protocol = spec.protocol() == null ? Protocol.HTTP1 : spec.protocol();
        LoadModel load = spec.load();
        Duration warmup = run.warmup();
        Duration measured = RunnerLimits.measuredDuration(spec);
        RateProfile profile = switch (load.type()) {
            case MAX -> null;
            case CONSTANT -> new ConstantRate(load.rate(), seconds(measured));
            case RAMP -> new RampRate(load.startRate(), load.endRate(), seconds(measured));
            case STEPS -> new StepsRate(load.steps().stream()
                    .map(s -> new StepsRate.Step(s.rate(), seconds(s.duration()))).toList());
        };
        if (profile != null && !warmup.isZero()) {
            profile = new WithWarmup(seconds(warmup), initialRate(load), profile);
        }
        boolean poisson = load.arrival() != null && load.arrival().name().equals("POISSON");
        int pipelining = load.pipelining() == null ? 1 : load.pipelining();
        Duration timeout = spec.requestTimeout() == null ? DEFAULT_TIMEOUT : spec.requestTimeout();
        List<Target> targets = switch (protocol) {
            case TCP -> TcpTargets.of(spec);
            case H2C, HTTP2, GRPC -> Http2Targets.of(spec, protocol);
            case HTTP1 -> targets(spec);
        };
        int streams = streams(spec, load);
        return new EngineSettings(targets, run.connections(), profile, poisson, pipelining, streams, warmup, measured,
                timeout, maxQueue(spec), run.startAt(), run.shard().index(), run.shard().count(),
                run.testId().hashCode());
    }

    /** HTTP/2 streams per connection: the pipelining depth when given, else {@value #DEFAULT_STREAMS}. */
    private static int streams(LoadSpec spec, LoadModel load) {
        String option = spec.generatorOptions() == null ? null : spec.generatorOptions().get(STREAMS_OPTION);
        if (option != null) {
            try {
                int value = Integer.parseInt(option.trim());
                if (value >= 1 && value <= 1000) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.generatorOptions." + STREAMS_OPTION + ": must be a whole number from 1 to 1000, was "
                            + option);
        }
        return load.pipelining() != null ? load.pipelining() : DEFAULT_STREAMS;
    }

    private static double initialRate(LoadModel load) {
        return switch (load.type()) {
            case CONSTANT -> load.rate();
            case RAMP -> Math.max(load.startRate(), 1e-9);
            case STEPS -> Math.max(load.steps().get(0).rate(), 1e-9);
            case MAX -> 0;
        };
    }

    private static int maxQueue(LoadSpec spec) {
        String option = spec.generatorOptions() == null ? null : spec.generatorOptions().get(MAX_QUEUE_OPTION);
        if (option == null) {
            return DEFAULT_MAX_QUEUE;
        }
        try {
            int value = Integer.parseInt(option.trim());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.generatorOptions." + MAX_QUEUE_OPTION + ": must be a positive whole number, was " + option);
        }
    }

    /** Endpoints grouped by host and port; each group's requests in weighted round-robin order. */
    static List<Target> targets(LoadSpec spec) {
        Map<String, List<RequestTemplate>> byAuthority = new LinkedHashMap<>();
        Map<String, URI> firstUri = new LinkedHashMap<>();
        String method = spec.method() == null ? (spec.body() == null ? "GET" : "POST") : spec.method();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (spec.headers() != null) {
            for (Header h : spec.headers()) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(h.name(), h.value() == null ? "" : h.value()));
            }
        }
        byte[] body = spec.body() == null ? null : spec.body().getBytes(StandardCharsets.UTF_8);
        for (Endpoint endpoint : spec.endpoints()) {
            URI uri = URI.create(endpoint.url());
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri);
            String authority = uri.getHost() + ":" + port;
            String hostHeader = uri.getPort() > 0 ? authority : uri.getHost();
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            RequestTemplate request = RequestTemplate.http1(method, hostHeader, path, headers, spec.cookies(),
                    spec.contentType(), body);
            int weight = endpoint.weight() == null ? 1 : Math.min(endpoint.weight(), 100);
            List<RequestTemplate> rotation = byAuthority.computeIfAbsent(authority, a -> new ArrayList<>());
            for (int i = 0; i < weight; i++) {
                rotation.add(request);
            }
            firstUri.putIfAbsent(authority, uri);
        }
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, List<RequestTemplate>> entry : byAuthority.entrySet()) {
            URI uri = firstUri.get(entry.getKey());
            if (entry.getValue().isEmpty()) {
                continue;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri);
            boolean tls = "https".equalsIgnoreCase(uri.getScheme());
            targets.add(new Target(uri.getHost(), port, resolve(uri.getHost(), port),
                    tls ? TlsContexts.of(spec.tls()) : null, sni(spec, uri.getHost()), tls && !insecure(spec),
                    Target.http1(), interleave(entry.getValue()), null));
        }
        if (targets.isEmpty()) {
            throw new RunFailure(FailureCode.INVALID_SPEC, "spec.endpoints: every endpoint has weight 0");
        }
        return targets;
    }

    /** Spreads repeated (weighted) entries so that a heavy endpoint is not sent in one burst. */
    private static List<RequestTemplate> interleave(List<RequestTemplate> weighted) {
        Map<RequestTemplate, Integer> counts = new LinkedHashMap<>();
        weighted.forEach(r -> counts.merge(r, 1, Integer::sum));
        List<RequestTemplate> order = new ArrayList<>();
        while (order.size() < weighted.size()) {
            for (Map.Entry<RequestTemplate, Integer> e : counts.entrySet()) {
                if (e.getValue() > 0) {
                    order.add(e.getKey());
                    e.setValue(e.getValue() - 1);
                }
            }
        }
        return order;
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static String sni(LoadSpec spec, String host) {
        return spec.tls() != null && spec.tls().sni() != null && !spec.tls().sni().isBlank() ? spec.tls().sni() : host;
    }

    private static boolean insecure(LoadSpec spec) {
        return spec.tls() != null && spec.tls().insecure();
    }

    static InetSocketAddress resolve(String host, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new RunFailure(FailureCode.TARGET_UNREACHABLE, "spec.endpoints: cannot resolve host " + host);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

}

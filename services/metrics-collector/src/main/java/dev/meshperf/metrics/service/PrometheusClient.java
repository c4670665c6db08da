package dev.meshperf.metrics.service;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.egress.EgressPolicy;

/**
 * Prometheus' HTTP API: {@code /api/v1/status/buildinfo} and {@code /api/v1/query_range}. Every call has a timeout
 * and reads at most a bounded answer; failures come back as {@link MonitoringCallException} with a reason fit for a
 * user
 * (the credentials never appear in it).
 */
public final class PrometheusClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedGet get;

    public PrometheusClient(Duration timeout, int maxBytes) {
        this(timeout, maxBytes, EgressPolicy.defaults());
    }

    /** @param egress where a connection may go; checked again at each call, the name resolved then */
    public PrometheusClient(Duration timeout, int maxBytes, EgressPolicy egress) {
        this.get = new BoundedGet(timeout, maxBytes, egress);
    }

    /** Where to ask, and the Authorization header value (null for none). */
    public record Target(String url, String authorization) {

        /**
         * The URL of {@code relative} (a path with its query) under this one, by URI resolution: the base's path is a
         * folder and its query and fragment are dropped, so nothing appended can end up inside a query string.
         */
        URI resolve(String relative) throws MonitoringCallException {
            try {
                URI base = new URI(url.strip());
                if (base.getScheme() == null || base.getRawAuthority() == null) {
                    throw new MonitoringCallException("not a usable URL: it needs a scheme and a host");
                }
                String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
                URI folder = new URI(base.getScheme() + "://" + base.getRawAuthority() + (path.endsWith("/")
                        ? path
                        : path + "/"));
                return folder.resolve(new URI(relative.startsWith("/") ? relative.substring(1) : relative));
            } catch (URISyntaxException e) {
                throw new MonitoringCallException("not a usable URL: " + e.getMessage());
            }
        }

        /** The folder {@code relative} under this one, asked with the same credentials (a data source proxy). */
        Target under(String relative) throws MonitoringCallException {
            return new Target(resolve(relative.endsWith("/") ? relative : relative + "/").toString(), authorization);
        }
    }

    public ConnectivityReport test(Target target) {
        long started = System.nanoTime();
        try {
            JsonNode data = call(target, "api/v1/status/buildinfo");
            long rtt = (System.nanoTime() - started) / 1_000_000;
            return new ConnectivityReport(true, data.path("version").asText(null), rtt, null);
        } catch (MonitoringCallException e) {
            return new ConnectivityReport(false, null, null, e.getMessage());
        }
    }

    public List<RunEnvironment.Series> queryRange(Target target, String promql, Instant from, Instant to,
            long stepSeconds) throws MonitoringCallException {
        String path = "api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&start="
                + from.getEpochSecond() + "&end=" + to.getEpochSecond() + "&step=" + stepSeconds;
        JsonNode data = call(target, path);
        List<RunEnvironment.Series> series = new ArrayList<>();
        for (JsonNode result : data.path("result")) {
            Map<String, String> labels = new LinkedHashMap<>();
            result.path("metric").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
            List<double[]> points = new ArrayList<>();
            for (JsonNode value : result.path("values")) {
                points.add(new double[]{value.get(0).asDouble(), parse(value.get(1).asText())});
            }
            series.add(new RunEnvironment.Series(labels, points));
        }
        return series;
    }

    private JsonNode call(Target target, String pathAndQuery) throws MonitoringCallException {
        BoundedGet.Answer response = get.get(target, pathAndQuery);
        byte[] body = response.body();
        if (response.status() == 401 || response.status() == 403) {
            throw new MonitoringCallException("HTTP " + response.status() + ": the credentials were refused");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw new MonitoringCallException("HTTP " + response.status() + " with an answer that is not "
                    + "Prometheus' JSON");
        }
        if (tree == null || !"success".equals(tree.path("status").asText())) {
            String error = tree == null ? "" : tree.path("error").asText("");
            String type = tree == null ? "" : tree.path("errorType").asText("");
            throw new MonitoringCallException("HTTP " + response.status() + (type.isEmpty() ? "" : " " + type)
                    + (error.isEmpty() ? "" : ": " + error));
        }
        return tree.path("data");
    }

    private static double parse(String value) {
        return switch (value) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }
}

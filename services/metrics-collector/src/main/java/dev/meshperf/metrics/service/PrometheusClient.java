package dev.meshperf.metrics.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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

/**
 * Prometheus' HTTP API: {@code /api/v1/status/buildinfo} and {@code /api/v1/query_range}. Every call has a timeout
 * and reads at most a bounded answer; failures come back as {@link PrometheusException} with a reason fit for a user
 * (the credentials never appear in it).
 */
public final class PrometheusClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Duration timeout;
    private final int maxBytes;

    public PrometheusClient(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Where to ask, and the Authorization header value (null for none). */
    public record Target(String url, String authorization) {

        String base() {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** A query or call that failed, with why. */
    public static final class PrometheusException extends Exception {

        public PrometheusException(String reason) {
            super(reason);
        }
    }

    public ConnectivityReport test(Target target) {
        long started = System.nanoTime();
        try {
            JsonNode data = call(target, "/api/v1/status/buildinfo");
            long rtt = (System.nanoTime() - started) / 1_000_000;
            return new ConnectivityReport(true, data.path("version").asText(null), rtt, null);
        } catch (PrometheusException e) {
            return new ConnectivityReport(false, null, null, e.getMessage());
        }
    }

    public List<RunEnvironment.Series> queryRange(Target target, String promql, Instant from, Instant to,
            long stepSeconds) throws PrometheusException {
        String path = "/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&start="
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

    private JsonNode call(Target target, String pathAndQuery) throws PrometheusException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(target.base() + pathAndQuery)).timeout(timeout).GET();
        } catch (IllegalArgumentException e) {
            throw new PrometheusException("not a usable URL: " + e.getMessage());
        }
        if (target.authorization() != null) {
            request.header("Authorization", target.authorization());
        }
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(maxBytes + 1);
            }
        } catch (HttpTimeoutException e) {
            throw new PrometheusException("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new PrometheusException("unreachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrometheusException("interrupted");
        }
        if (body.length > maxBytes) {
            throw new PrometheusException("the answer is larger than " + maxBytes + " bytes; narrow the query");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new PrometheusException("HTTP " + response.statusCode() + ": the credentials were refused");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw new PrometheusException("HTTP " + response.statusCode() + " with an answer that is not "
                    + "Prometheus' JSON");
        }
        if (tree == null || !"success".equals(tree.path("status").asText())) {
            String error = tree == null ? "" : tree.path("error").asText("");
            String type = tree == null ? "" : tree.path("errorType").asText("");
            throw new PrometheusException("HTTP " + response.statusCode() + (type.isEmpty() ? "" : " " + type)
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

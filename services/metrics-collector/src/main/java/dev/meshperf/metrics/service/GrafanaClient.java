package dev.meshperf.metrics.service;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.egress.EgressPolicy;

/**
 * Grafana's HTTP API: {@code /api/health}, {@code /api/org}, {@code /api/search?type=dash-db},
 * {@code /api/dashboards/uid/{uid}}, {@code /api/datasources}. A key with a colon is sent as Basic
 * ({@code user:password}), any other as Bearer. Errors never carry the key.
 */
public final class GrafanaClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedGet get;

    public GrafanaClient(Duration timeout, int maxBytes, EgressPolicy egress) {
        this.get = new BoundedGet(timeout, maxBytes, egress);
    }

    /** The Authorization header value for a key. */
    public static String authorization(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return null;
        }
        return apiKey.contains(":")
                ? "Basic " + Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8))
                : "Bearer " + apiKey;
    }

    public ConnectivityReport test(PrometheusClient.Target grafana) {
        long started = System.nanoTime();
        try {
            JsonNode health = get(grafana, "api/health");
            long rtt = (System.nanoTime() - started) / 1_000_000;
            JsonNode org = get(grafana, "api/org");
            return new ConnectivityReport(true, health.path("version").asText(null), rtt, null,
                    org.path("name").asText(null));
        } catch (MonitoringCallException e) {
            return new ConnectivityReport(false, null, null, e.getMessage(), null);
        }
    }

    public JsonNode search(PrometheusClient.Target grafana, String query) throws MonitoringCallException {
        return get(grafana, "api/search?type=dash-db" + (query == null || query.isBlank()
                ? ""
                : "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    /** The dashboard model of a board ({@code dashboard} of Grafana's answer). */
    public JsonNode dashboard(PrometheusClient.Target grafana, String uid) throws MonitoringCallException {
        return get(grafana, "api/dashboards/uid/" + URLEncoder.encode(uid, StandardCharsets.UTF_8))
                .path("dashboard");
    }

    /** The uid of Grafana's default Prometheus data source, or its first one; null when it has none. */
    public String defaultPrometheus(PrometheusClient.Target grafana) throws MonitoringCallException {
        String first = null;
        for (JsonNode ds : get(grafana, "api/datasources")) {
            if ("prometheus".equals(ds.path("type").asText())) {
                if (ds.path("isDefault").asBoolean()) {
                    return ds.path("uid").asText();
                }
                first = first == null ? ds.path("uid").asText() : first;
            }
        }
        return first;
    }

    private JsonNode get(PrometheusClient.Target grafana, String path) throws MonitoringCallException {
        BoundedGet.Answer response = get.get(grafana, path);
        if (response.status() == 401 || response.status() == 403) {
            throw new MonitoringCallException("HTTP " + response.status()
                    + ": the API key was refused");
        }
        if (response.status() == 404) {
            throw new MonitoringCallException("HTTP 404: not found in Grafana");
        }
        if (response.status() >= 300) {
            throw new MonitoringCallException("HTTP " + response.status() + " from Grafana");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new MonitoringCallException("Grafana answered something that is not JSON");
        }
    }
}

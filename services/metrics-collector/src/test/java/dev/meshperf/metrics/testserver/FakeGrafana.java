package dev.meshperf.metrics.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A <b>fake</b> Grafana (Grafana cannot be installed here) answering with Grafana's API shapes: {@code /api/health},
 * {@code /api/org}, {@code /api/search}, {@code /api/dashboards/uid/{uid}}, {@code /api/datasources}, and the data
 * source proxy {@code /api/datasources/proxy/uid/prom-1/...}, which it forwards to a real Prometheus as Grafana
 * would. Everything but health needs the key {@value #KEY} (Bearer) or admin:admin (Basic); otherwise 401.
 */
public final class FakeGrafana implements AutoCloseable {

    public static final String KEY = "glsa_meshperf_test_key";

    private final HttpServer server;
    private final String prometheus;
    private final HttpClient http = HttpClient.newHttpClient();

    public FakeGrafana(String prometheusUrl) throws IOException {
        this.prometheus = prometheusUrl;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/api/health")) {
            reply(ex, 200, "{\"commit\": \"d9455ff7db\", \"database\": \"ok\", \"version\": \"11.3.0\"}");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        if (!("Bearer " + KEY).equals(auth) && !basic.equals(auth)) {
            reply(ex, 401, "{\"message\": \"invalid API key\"}");
            return;
        }
        if (path.equals("/api/org")) {
            reply(ex, 200, "{\"id\": 1, \"name\": \"Main Org.\", \"address\": {}}");
        } else if (path.equals("/api/search")) {
            reply(ex, 200, "[{\"id\": 7, \"uid\": \"meshperf-svc\", \"title\": \"Service overview\", \"uri\": "
                    + "\"db/service-overview\", \"url\": \"/d/meshperf-svc/service-overview\", \"type\": \"dash-db\","
                    + " \"tags\": [], \"isStarred\": false}]");
        } else if (path.equals("/api/dashboards/uid/meshperf-svc")) {
            String dashboard;
            try (InputStream in = FakeGrafana.class.getResourceAsStream("/grafana-dashboard.json")) {
                dashboard = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            reply(ex, 200, "{\"dashboard\": " + dashboard + ", \"meta\": {\"slug\": \"service-overview\"}}");
        } else if (path.startsWith("/api/dashboards/uid/")) {
            reply(ex, 404, "{\"message\": \"Dashboard not found\"}");
        } else if (path.equals("/api/datasources")) {
            reply(ex, 200, "[{\"id\": 1, \"uid\": \"prom-1\", \"name\": \"Prometheus\", \"type\": \"prometheus\","
                    + " \"url\": \"" + prometheus + "\", \"isDefault\": true}]");
        } else if (path.startsWith("/api/datasources/proxy/uid/prom-1/")) {
            String rest = ex.getRequestURI().getRawPath().substring("/api/datasources/proxy/uid/prom-1".length())
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(prometheus + rest)).build(),
                        HttpResponse.BodyHandlers.ofString());
                reply(ex, answer.statusCode(), answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply(ex, 502, "{}");
            }
        } else {
            reply(ex, 404, "{\"message\": \"Not found\"}");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

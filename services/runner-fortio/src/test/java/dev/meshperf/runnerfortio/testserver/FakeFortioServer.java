package dev.meshperf.runnerfortio.testserver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A <b>fake</b> fortio server: fortio cannot be installed here. It speaks fortio's REST API as fortio documents it
 * ({@code POST /fortio/rest/run} with string-valued JSON options, answered synchronously with an
 * {@code HTTPRunnerResults} JSON; {@code GET /fortio/rest/status}; a 400 with {@code {"Error": ..., "Exception":
 * ...}} for a run it refuses). It sends no load: it answers at once with a result computed from the options it received
 * (qps x t calls, or 500 at max speed, all answered 200), so that tests can check what
 * the runner sent and how it reads fortio's answer.
 */
public final class FakeFortioServer implements AutoCloseable {

    /** How the fake answers a run. */
    public enum Mode {
        NORMAL, REFUSE, GARBAGE, HANG
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> runs = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.NORMAL;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    public FakeFortioServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/fortio/rest/status", ex -> reply(ex, 200, "{\"Statuses\": {}}"));
        server.createContext("/fortio/rest/run", this::run);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** The options of every run received, in order. */
    public List<JsonNode> runs() {
        return runs;
    }

    private void run(HttpExchange ex) throws IOException {
        JsonNode options = JSON.readTree(ex.getRequestBody());
        runs.add(options);
        switch (mode) {
            case REFUSE -> reply(ex, 400, "{\"Error\": \"Aborting because of error\", \"Exception\": {\"Op\": "
                    + "\"dial\", \"Net\": \"tcp\", \"Err\": \"connection refused\"}}");
            case GARBAGE -> reply(ex, 200, "<html>fortio UI</html>");
            case HANG -> hang();
            case NORMAL -> {
                Duration t = Duration.parse("PT" + options.path("t").asText().replace("ms", "").trim() + "S")
                        .dividedBy(1000);
                reply(ex, 200, result(options, t));
            }
        }
    }

    private static String result(JsonNode options, Duration t) {
        double qps = Double.parseDouble(options.path("qps").asText("8"));
        long count = qps > 0 ? Math.round(qps * t.toMillis() / 1000.0) : 500;
        long half = count / 2;
        String grpc = options.path("runner").asText().equals("grpc") ? "GRPC" : "HTTP";
        String codes = grpc.equals("GRPC") ? "{\"SERVING\": " + count + "}" : "{\"200\": " + count + "}";
        return String.format(Locale.ROOT, """
                {"RunType": "%s", "Labels": %s, "StartTime": "%s", "RequestedQPS": "%s",
                 "RequestedDuration": "%s", "ActualQPS": %.3f, "ActualDuration": %d,
                 "NumThreads": %s, "Version": "1.75.2-fake",
                 "DurationHistogram": {"Count": %d, "Min": 0.0005, "Max": 0.004, "Sum": 0, "Avg": 0.0012,
                   "StdDev": 0.0003, "Data": [
                     {"Start": 0.0005, "End": 0.001, "Percent": 50, "Count": %d},
                     {"Start": 0.001, "End": 0.004, "Percent": 100, "Count": %d}],
                   "Percentiles": [{"Percentile": 50, "Value": 0.001}, {"Percentile": 99, "Value": 0.0039}]},
                 "RetCodes": %s, "Sizes": {"Count": %d, "Min": 64, "Max": 64, "Avg": 64, "StdDev": 0},
                 "SocketCount": %s}""", grpc, JSON.valueToTree(options.path("labels").asText()), Instant.now(),
                options.path("qps").asText(), options.path("t").asText(), count / (t.toMillis() / 1000.0),
                t.toNanos(), options.path("c").asText(), count, half, count - half, codes, count,
                options.path("c").asText());
    }

    /** Never answers while the fake runs: the exchange is left open until {@link #close()}. */
    private void hang() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        closed.countDown();
        server.stop(0);
    }
}

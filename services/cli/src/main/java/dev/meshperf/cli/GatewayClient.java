package dev.meshperf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.HumanDurationModule;
import dev.meshperf.contracts.validation.Violation;

/**
 * The gateway's REST API over {@link HttpClient}. An error answer becomes a {@link CliException} whose message lists
 * the problem's fields and reasons; an unreachable gateway says where it was looked for.
 */
public final class GatewayClient {

    /** Writes profile documents as the API reads them (durations as 30s). */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()).addModule(new HumanDurationModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build()
            .setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    /**
     * Reads the API's answers into its records: the events' mapping, and as the tolerant-reader rule asks, a field the
     * gateway leaves out (an older gateway) is the type's default and a value this CLI does not know (a newer
     * gateway's protocol or load model) is null, rather than an error. Durations are read as the API writes them
     * ({@code 30s}) or as ISO-8601.
     */
    static final ObjectMapper API = EventJson.mapper().copy()
            .registerModule(new HumanDurationModule())
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    /** Writes an answer's record as the gateway writes it: empty fields as null, durations as 30s. */
    private static final ObjectMapper AS_GATEWAY = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()).addModule(new HumanDurationModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** A record (or a list of them) as the gateway wrote it, indented for a person to read. */
    static String print(Object value) {
        try {
            return AS_GATEWAY.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new CliException("cannot write " + value.getClass().getSimpleName() + ": " + e.getMessage(),
                    ExitCodes.UNAVAILABLE);
        }
    }

    /** A record (or a list of them) as one line of JSON, as the gateway wrote it. */
    static String json(Object value) {
        try {
            return AS_GATEWAY.writeValueAsString(value);
        } catch (IOException e) {
            throw new CliException("cannot write " + value.getClass().getSimpleName() + ": " + e.getMessage(),
                    ExitCodes.UNAVAILABLE);
        }
    }

    private final String base;
    private final String token;
    private final Duration patience;
    private final HttpClient http;

    public GatewayClient(GatewayOptions options) {
        this(options.baseUrl(), options.token(), null, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private GatewayClient(String base, String token, Duration patience, HttpClient http) {
        this.base = base;
        this.token = token;
        this.patience = patience;
        this.http = http;
    }

    /**
     * The same gateway, whose reads wait out a gateway or service that does not answer for up to {@code patience}
     * (a run's end, when the analysis service may be restarting), retrying with growing pauses.
     */
    public GatewayClient patiently(Duration patience) {
        return new GatewayClient(base, token, patience, http);
    }

    /** An answer: status, content type and body text. */
    public record Answer(int status, String contentType, String body, String location) {

        /** The body as one of the API's records ({@code dev.meshperf.contracts.api}); unknown fields are ignored. */
        public <T> T as(Class<T> type) {
            return read(body, API.constructType(type));
        }

        /** The body as a list of the API's records. */
        public <T> List<T> asListOf(Class<T> type) {
            return read(body, API.getTypeFactory().constructCollectionType(List.class,
                    type));
        }
    }

    /** JSON text of the gateway as a typed value; an answer that is not one is said as such. */
    static <T> T read(String json, JavaType type) {
        try {
            return API.readValue(json, type);
        } catch (IOException e) {
            JavaType what = type.isCollectionLikeType() ? type.getContentType() : type;
            throw new CliException("the gateway answered something that is not " + (type.isCollectionLikeType()
                    ? "a list of "
                    : "") + what.getRawClass().getSimpleName() + ": " + e.getMessage(), ExitCodes.UNAVAILABLE);
        }
    }

    /** The web UI's page of a result, to open in a browser. */
    public String resultPage(String testId) {
        return base + "/#/results/" + URLEncoder.encode(testId, StandardCharsets.UTF_8);
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    /**
     * Any method; a 4xx or 5xx answer is thrown as a {@link CliException} with the problem's detail. A read of a
     * {@link #patiently patient} client is tried again while the gateway or the service behind it does not answer.
     */
    public Answer send(String method, String path, String contentType, String body) {
        if (patience == null || !method.equals("GET")) {
            return sendOnce(method, path, contentType, body);
        }
        long giveUpAt = System.nanoTime() + patience.toNanos();
        long pause = 500;
        while (true) {
            try {
                return sendOnce(method, path, contentType, body);
            } catch (CliException e) {
                if (e.exitCode() != ExitCodes.UNAVAILABLE || System.nanoTime() + pause * 1_000_000 > giveUpAt) {
                    throw e;
                }
            }
            sleep(pause);
            pause = Math.min(5_000, pause * 2);
        }
    }

    private Answer sendOnce(String method, String path, String contentType, String body) {
        HttpRequest.Builder r = request(path);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Reads a server-sent event stream until {@code finished} says the last event came, handing each event's data to
     * {@code onData}. A stream that breaks before (the gateway or analysis restarted, the network dropped) is opened
     * again with {@code Last-Event-ID}, so it resumes where it stopped; {@code onReconnect} is told each time. Gives up
     * when no event came for {@code patience}.
     */
    public void events(String path, Consumer<String> onData, BooleanSupplier finished, Runnable onReconnect,
            Duration patience) {
        String lastId = null;
        long lastHeard = System.nanoTime();
        long pause = 500;
        while (true) {
            String[] id = {lastId};
            boolean[] heard = {false};
            String failure;
            try {
                failure = readEvents(path, lastId, line -> {
                    if (line.startsWith("id:")) {
                        id[0] = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        heard[0] = true;
                        onData.accept(line.substring(5).trim());
                    }
                });
            } catch (CliException e) {
                if (e.exitCode() != ExitCodes.UNAVAILABLE) {
                    throw e;
                }
                failure = e.getMessage();
            }
            if (finished.getAsBoolean()) {
                return;
            }
            lastId = id[0];
            if (heard[0]) {
                lastHeard = System.nanoTime();
                pause = 500;
            }
            if (System.nanoTime() - lastHeard > patience.toNanos()) {
                throw new CliException("lost the live progress of the test for " + patience.toSeconds() + " s ("
                        + (failure == null ? "the stream ended early" : failure) + "); the test goes on: see"
                        + " ./meshperf result get", ExitCodes.UNAVAILABLE);
            }
            onReconnect.run();
            sleep(pause);
            pause = Math.min(5_000, pause * 2);
        }
    }

    /** One connection to an event stream, read to its end; returns why it broke, or null when it ended normally. */
    private String readEvents(String path, String lastEventId, Consumer<String> onLine) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/event-stream").GET();
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() >= 400) {
                String body;
                try (Stream<String> lines = response.body()) {
                    body = lines.collect(Collectors.joining("\n"));
                }
                throw failure(new Answer(response.statusCode(), null, body, null));
            }
            try (Stream<String> lines = response.body()) {
                lines.forEach(onLine);
            }
            return null;
        } catch (IOException e) {
            return unreachable(e).getMessage();
        } catch (UncheckedIOException e) {
            return "the stream broke: " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", ExitCodes.UNAVAILABLE);
        }
    }

    /**
     * A GET that is safe to repeat, repeated while the gateway cannot be reached or answers 5xx (it or a service behind
     * it restarts), for up to {@code patience}.
     */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", ExitCodes.UNAVAILABLE);
        }
    }

    public static String query(Map<String, Object> params) {
        Map<String, Object> present = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        if (present.isEmpty()) {
            return "";
        }
        return "?" + present.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null && !token.isBlank()) {
            r.header("Authorization", "Bearer " + token);
        }
        return r;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Location").orElse(null));
            if (answer.status() >= 400) {
                throw failure(answer);
            }
            return answer;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", ExitCodes.UNAVAILABLE);
        }
    }

    private CliException unreachable(IOException e) {
        String why = e instanceof ConnectException ? "connection refused" : e.getMessage();
        return new CliException("cannot reach the gateway at " + base + " (" + why + "); is it running? "
                + "Start everything with ./meshperf up, or point --gateway / MESHPERF_GATEWAY at it",
                ExitCodes.UNAVAILABLE);
    }

    /** The problem's detail, or each field and reason on its own line. */
    static CliException failure(Answer answer) {
        String message;
        try {
            Problem problem = API.readValue(answer.body(), Problem.class);
            List<Violation> errors = problem.errors();
            if (errors != null && errors.size() > 1) {
                StringBuilder lines = new StringBuilder((problem.title() == null ? "error" : problem.title()) + ":");
                errors.forEach(e -> lines.append("\n  ").append(Cells.or(e.field(), "")).append(": ")
                        .append(Cells.or(e.reason(), "")));
                message = lines.toString();
            } else {
                message = problem.detail() == null ? answer.body() : problem.detail();
            }
        } catch (IOException | RuntimeException e) {
            message = "HTTP " + answer.status() + ": " + answer.body();
        }
        return new CliException(message, answer.status() >= 500 ? ExitCodes.UNAVAILABLE : ExitCodes.BAD_INPUT);
    }
}

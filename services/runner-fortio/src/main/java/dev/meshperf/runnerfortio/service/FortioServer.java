package dev.meshperf.runnerfortio.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.runner.spi.Cancellation;
import dev.meshperf.runner.spi.RunFailure;

/**
 * A fortio server's REST API: {@code POST /fortio/rest/run} with the options as JSON, answered (synchronously) with
 * the result JSON; {@code GET /fortio/rest/status} tells whether it is up. A cancelled shard stops waiting at once;
 * fortio finishes that run on its own, within its duration.
 */
public final class FortioServer implements FortioTransport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANSWER = 8 * 1024 * 1024;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile String lastVersion;
    private volatile String reason;

    public FortioServer(String serverUrl) {
        this.base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
    }

    @Override
    public Optional<String> version() {
        try {
            HttpResponse<Void> status = http.send(HttpRequest.newBuilder(URI.create(base + "/fortio/rest/status"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (status.statusCode() != 200) {
                reason = "the fortio server at " + base + " answered HTTP " + status.statusCode()
                        + " to /fortio/rest/status";
                return Optional.empty();
            }
            return Optional.of(lastVersion == null ? "server at " + base : lastVersion + " (server at " + base + ")");
        } catch (IOException e) {
            reason = "the fortio server at " + base + " is unreachable (" + e.getClass().getSimpleName() + ")";
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
            return Optional.empty();
        }
    }

    @Override
    public String unavailableReason() {
        return reason;
    }

    @Override
    public String run(FortioOptions options, Duration deadline, Cancellation cancellation) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(options.restBody(JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/fortio/rest/run")).timeout(deadline)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        cancellation.onCancel(() -> call.cancel(true));
        HttpResponse<byte[]> response;
        try {
            response = call.get();
        } catch (CancellationException e) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure(FailureCode.CANCELLED, "the runner was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new RunFailure(FailureCode.OTHER, "the fortio server at " + base + " did not answer within "
                        + deadline.toSeconds() + " s (the duration plus the grace period)");
            }
            throw new RunFailure(FailureCode.GENERATOR_UNAVAILABLE, "the fortio server at " + base
                    + " is unreachable: " + cause);
        }
        if (response.body().length > MAX_ANSWER) {
            throw new RunFailure(FailureCode.OTHER, "the fortio server's answer is larger than " + MAX_ANSWER
                    + " bytes");
        }
        String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            FortioResults.parse(text);
            throw new RunFailure(FailureCode.OTHER, "the fortio server answered HTTP " + response.statusCode());
        }
        return text;
    }

    /** Remembers the version a result reported, for the generator's description. */
    void seen(String version) {
        if (version != null && !version.isBlank()) {
            lastVersion = version;
        }
    }
}

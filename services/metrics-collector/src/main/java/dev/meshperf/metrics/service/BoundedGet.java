package dev.meshperf.metrics.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import dev.meshperf.contracts.egress.EgressPolicy;

/**
 * One GET to a monitoring peer (Prometheus, Grafana) with a timeout, no redirects (a redirect is an answer like any
 * other, so it cannot lead anywhere the egress policy refuses) and a cap on the answer's size.
 * Transport failures come back as {@link MonitoringCallException} with a reason fit for a user; the
 * Authorization header never appears in one. What the status and body mean is the caller's business.
 */
final class BoundedGet {

    /** The status and the body, at most {@code maxBytes} long. */
    record Answer(int status, byte[] body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Duration timeout;
    private final int maxBytes;
    private final EgressPolicy egress;

    BoundedGet(Duration timeout, int maxBytes, EgressPolicy egress) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.egress = egress;
    }

    /** GETs {@code relative} (path and query) under the target's URL, when the egress policy lets it go there. */
    Answer get(PrometheusClient.Target target, String relative) throws MonitoringCallException {
        URI uri = target.resolve(relative);
        var refusal = egress.refusal(uri.getHost());
        if (refusal.isPresent()) {
            throw new MonitoringCallException("url: " + refusal.get());
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).GET().header("Accept", "application/json");
        } catch (IllegalArgumentException e) {
            throw new MonitoringCallException("not a usable URL: " + e.getMessage());
        }
        if (target.authorization() != null) {
            try {
                request.header("Authorization", target.authorization());
            } catch (IllegalArgumentException e) {
                // the client's message would quote the value
                throw new MonitoringCallException("the stored credential cannot be sent in an HTTP "
                        + "header (it has characters headers do not allow); store it again");
            }
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(maxBytes + 1);
            }
            if (body.length > maxBytes) {
                throw new MonitoringCallException(
                        "the answer is larger than " + maxBytes + " bytes");
            }
            return new Answer(response.statusCode(), body);
        } catch (HttpTimeoutException e) {
            throw new MonitoringCallException("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new MonitoringCallException("unreachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MonitoringCallException("interrupted");
        }
    }
}

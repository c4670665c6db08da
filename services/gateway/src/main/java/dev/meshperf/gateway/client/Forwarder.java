package dev.meshperf.gateway.client;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.gateway.config.GatewayConfig;
import dev.meshperf.problem.ProblemMappers;

/**
 * Calls a service and answers with its response unchanged in shape: status, body (problem JSON included), content
 * type and the headers a client needs. A Location is made relative, so it points at the gateway. Reads are retried
 * when the service cannot be reached; a service that stays unreachable is a 503 problem naming it.
 */
@ApplicationScoped
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, "Content-Disposition",
            HttpHeaders.ETAG);

    @Inject
    GatewayConfig config;

    /** A read: safe to repeat. */
    public Response read(String service, Supplier<Response> call) {
        return forward(service, call, Math.max(1, config.attempts()));
    }

    /** A change or a run: sent once, since the service may have acted on it before a failure. */
    public Response write(String service, Supplier<Response> call) {
        return forward(service, call, 1);
    }

    private Response forward(String service, Supplier<Response> call, int attempts) {
        ProcessingException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try (Response upstream = call.get()) {
                return copy(upstream);
            } catch (ProcessingException e) {
                last = e;
                LOG.debugf("%s not reachable (attempt %d of %d): %s", service, attempt, attempts, e.getMessage());
                if (attempt < attempts) {
                    pause(attempt);
                }
            }
        }
        LOG.warnf("%s is not reachable: %s", service, last.getMessage());
        return ProblemMappers.respond(Problem.of(503, "Service Unavailable", "the " + service
                + " service is not reachable (" + rootMessage(last) + "); try again shortly", null));
    }

    private static Response copy(Response upstream) {
        Response.ResponseBuilder out = Response.status(upstream.getStatus());
        for (String name : KEPT_HEADERS) {
            String value = upstream.getHeaderString(name);
            if (value != null) {
                out.header(name, value);
            }
        }
        String location = upstream.getHeaderString(HttpHeaders.LOCATION);
        if (location != null) {
            URI uri = URI.create(location);
            out.header(HttpHeaders.LOCATION, uri.getRawPath() + (uri.getRawQuery() == null
                    ? ""
                    : "?"
                            + uri.getRawQuery()));
        }
        if (upstream.hasEntity()) {
            out.entity(upstream.readEntity(byte[].class));
        }
        return out.build();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

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
import dev.meshperf.problem.ProblemException;
import dev.meshperf.problem.ProblemMappers;

/**
 * Calls a service and answers with its response unchanged in shape: status, body (problem JSON included), content
 * type and the headers a client needs. A Location is made relative, so it points at the gateway. Reads are retried
 * when the service cannot be reached; a service that stays unreachable is a 503 problem naming it. Typed calls
 * ({@link #fetch}, {@link #send}) return the record; a service's refusal passes on as an {@link UpstreamAnswer}.
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

    /** A typed read: repeated when the service cannot be reached; a refusal passes on as an {@link UpstreamAnswer}. */
    public <T> T fetch(String service, Supplier<T> call) {
        return call(service, call, Math.max(1, config.attempts()));
    }

    /** A typed change or run, sent once. */
    public <T> T send(String service, Supplier<T> call) {
        return call(service, call, 1);
    }

    /** Always an answer: the service's (a refusal included) or the 503 problem of an unreachable service. */
    private Response forward(String service, Supplier<Response> call, int attempts) {
        try {
            return call(service, () -> {
                try (Response upstream = call.get()) {
                    return copy(upstream);
                }
            }, attempts);
        } catch (UpstreamAnswer refused) {
            return refused.response();
        } catch (ProblemException unreachable) {
            return ProblemMappers.respond(unreachable.problem());
        }
    }

    private <T> T call(String service, Supplier<T> call, int attempts) {
        ProcessingException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return call.get();
            } catch (ProcessingException e) {
                if (e.getCause() instanceof UpstreamAnswer answer) {
                    throw answer;
                }
                if (unreadable(e)) {
                    LOG.warnf("the %s service's answer could not be read: %s", service, e.getClass().getSimpleName());
                    throw new ProblemException(Problem.of(502, "Bad Gateway", "the " + service + " service answered "
                            + "something the gateway could not read; is it the same version as the gateway?", null));
                }
                last = e;
                LOG.debugf("%s not reachable (attempt %d of %d): %s", service, attempt, attempts, e.getMessage());
                if (attempt < attempts) {
                    pause(attempt);
                }
            }
        }
        LOG.warnf("%s is not reachable: %s", service, last.getMessage());
        throw new ProblemException(Problem.of(503, "Service Unavailable", "the " + service
                + " service is not reachable (" + rootMessage(last) + "); try again shortly", null));
    }

    /** The answer as the gateway gives it: status, body, content type, kept headers and a relative Location. */
    static Response copy(Response upstream) {
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

    /** An answer that came but could not be read (a body of another shape), not a service that cannot be reached. */
    private static boolean unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return true;
            }
        }
        return false;
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

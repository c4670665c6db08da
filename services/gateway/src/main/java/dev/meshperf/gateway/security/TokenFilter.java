package dev.meshperf.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.gateway.config.GatewayConfig;
import dev.meshperf.problem.ProblemMappers;

/**
 * Every operation under {@code /api} that starts load or changes data needs an API token, as
 * {@code Authorization: Bearer <token>} or {@code X-Meshperf-Token}; reads too when
 * {@code meshperf.gateway.open-reads} is false, and always the reads that use a stored credential (a Grafana
 * connection's search and boards). Tokens are compared in constant time and never echoed or logged. Runs are then
 * limited per token ({@link RunRateLimiter}). Everything outside {@code /api} (the UI's static files, health) is open.
 */
public class TokenFilter {

    public static final String TOKEN_HEADER = "X-Meshperf-Token";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Reads that ask a peer with a stored credential: never open. */
    private static final Pattern CREDENTIALED_READS = Pattern.compile("/api/grafana-connections/[^/]+/(search|boards)"
            + "(/.*)?");
    /** Requests that start load. */
    private static final Pattern RUNS = Pattern.compile("/api/(profiles/[^/]+/run|runs)/?");

    @Inject
    GatewayConfig config;

    @Inject
    RunRateLimiter limiter;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return null;
        }
        boolean read = READS.contains(request.getMethod());
        if (read && config.openReads() && !CREDENTIALED_READS.matcher(path).matches()) {
            return null;
        }
        List<String> tokens = config.tokens().orElse(List.of());
        String given = presented(request);
        if (tokens.isEmpty()) {
            return unauthorized("no API tokens are configured on this gateway (meshperf.gateway.tokens), so it "
                    + "refuses every operation that needs one");
        }
        if (given == null) {
            return unauthorized("this operation needs an API token: send 'Authorization: Bearer <token>' or '"
                    + TOKEN_HEADER + ": <token>'");
        }
        byte[] presented = given.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (String token : tokens) {
            known |= MessageDigest.isEqual(presented, token.trim().getBytes(StandardCharsets.UTF_8));
        }
        if (!known) {
            return unauthorized("the API token is not valid");
        }
        if ("POST".equals(request.getMethod()) && RUNS.matcher(path).matches()) {
            Optional<Duration> wait = limiter.acquire(given);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                return Response.fromResponse(ProblemMappers.respond(Problem.of(429, "Too Many Requests",
                        "this API token started its " + config.runsPerMinute() + " runs of the last minute "
                                + "(meshperf.gateway.runs-per-minute); the next may start in " + seconds + " s",
                        null)))
                        .header("Retry-After", Long.toString(seconds)).build();
            }
        }
        return null;
    }

    private static String presented(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String header = request.getHeaderString(TOKEN_HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of(401, "Unauthorized", detail, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"meshperf\"").build();
    }
}

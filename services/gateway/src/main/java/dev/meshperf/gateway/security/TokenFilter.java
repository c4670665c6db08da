package dev.meshperf.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.meshperf.gateway.config.GatewayConfig;
import dev.meshperf.problem.Problem;
import dev.meshperf.problem.ProblemMappers;

/**
 * Every operation that starts load or changes data needs an API token, as {@code Authorization: Bearer <token>} or
 * {@code X-Meshperf-Token}; reads too when {@code meshperf.gateway.open-reads} is false. Tokens are compared in
 * constant time and never echoed or logged.
 */
public class TokenFilter {

    public static final String TOKEN_HEADER = "X-Meshperf-Token";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    GatewayConfig config;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api")) {
            return null;
        }
        if (READS.contains(request.getMethod()) && config.openReads()) {
            return null;
        }
        List<String> tokens = config.tokens().orElse(List.of());
        String given = presented(request);
        if (tokens.isEmpty()) {
            return unauthorized("no API tokens are configured on this gateway (meshperf.gateway.tokens), so it "
                    + "refuses every operation that starts load or changes data");
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
        return known ? null : unauthorized("the API token is not valid");
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

package dev.meshperf.profile.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.problem.ProblemMappers;
import dev.meshperf.profile.messaging.PublishFailedException;

/** A run the broker did not take is answered 503: nothing was stored, the client may retry. */
public class PublishFailedMapper {

    @ServerExceptionMapper
    public Response map(PublishFailedException e) {
        return ProblemMappers.respond(Problem.of(503, "Service Unavailable", e.getMessage(), null));
    }
}

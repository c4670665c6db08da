package dev.meshperf.analysis.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An error answered as {@code application/problem+json}. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what, null));
    }

    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(Problem.of(400, "Bad Request", field + ": " + reason, field));
    }

    public Problem problem() {
        return problem;
    }

    /** Maps the exception to its response. */
    public static final class Mapper {

        @ServerExceptionMapper
        public Response map(ProblemException e) {
            return Response.status(e.problem().status()).type(new MediaType("application", "problem+json"))
                    .entity(e.problem()).build();
        }
    }
}

package dev.meshperf.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.json.JsonErrors;

/**
 * Answers errors as problem JSON: our own {@link ProblemException}s, request bodies Jackson could not read (naming the
 * field), and the framework's own HTTP errors such as 404 for an unknown path or 415 for a wrong content type.
 */
public class ProblemMappers {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** Quarkus maps this subtype itself (without naming the field) unless it has a mapper of its own. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /** For example a property given twice; Quarkus would answer 500 for it. */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response instantiation(ValueInstantiationException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        // a body that is no document at all is the body's fault
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? JsonErrors.field(mapping)
                : "body";
        return respond(Problem.of(400, "Bad Request", JsonErrors.describe(e), field));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem problem) {
            return respond(problem);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, title, e.getMessage() == null ? title : e.getMessage(), null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}

package dev.meshperf.problem;

import java.util.List;
import java.util.stream.Collectors;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.validation.Violation;

/** An error answered as {@code application/problem+json} by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what, null));
    }

    public static ProblemException conflict(String field, String reason) {
        return new ProblemException(Problem.of(409, "Conflict", field + ": " + reason, field));
    }

    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(Problem.of(400, "Bad Request", field + ": " + reason, field));
    }

    /** One problem naming every violation; {@code field} is the first of them. */
    public static ProblemException invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        String detail = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return new ProblemException(new Problem("about:blank", "Bad Request", 400, detail,
                violations.get(0).field(), List.copyOf(violations)));
    }

    public Problem problem() {
        return problem;
    }
}

package dev.meshperf.gateway.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import dev.meshperf.problem.ProblemMappers;

/**
 * Adds to every operation of {@code /api} the errors it can answer, as problem JSON ({@code Problem}): 400 where it
 * takes input (the problem names the field), 401 (no or a wrong token: every change, and reads when open reads are
 * off), 404 where its path names something, and 503 (the service behind the gateway is not reachable). An operation
 * keeps what it declares itself (an answer without a body, such as the scanner's own 400, gets the problem body).
 */
final class ProblemResponses {

    static final String PROBLEM = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI api) {
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                add(path, item);
            }
        });
    }

    private static void add(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
            Operation op = e.getValue();
            boolean input = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters()
                    .isEmpty());
            if (input) {
                respond(op, "400", "bad input: the problem names the field (and errors every field) at fault");
            }
            respond(op, "401", "no token, or one that is not valid: needed for every change, and for reads when "
                    + "open reads are off");
            if (path.contains("{")) {
                respond(op, "404", "nothing with that id");
            }
            respond(op, "503", "the service behind the gateway is not reachable; try again shortly");
        }
    }

    private static void respond(Operation op, String status, String description) {
        APIResponse declared = op.getResponses().getAPIResponse(status);
        if (declared != null && declared.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description).content(OASFactory
                .createContent().addMediaType(ProblemMappers.PROBLEM_JSON.toString(), OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
        op.getResponses().addAPIResponse(status, response);
    }
}

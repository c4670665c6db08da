package dev.meshperf.gateway.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the scanned OpenAPI document of {@code /api}: every operation's problem answers
 * ({@link ProblemResponses}) and examples ({@link OperationExamples}). Registered with {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        ProblemResponses.addTo(api);
        OperationExamples.addTo(api);
    }
}

package dev.meshperf.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.gateway.client.ComparisonClient;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ResultClient;
import dev.meshperf.gateway.client.RunEnvironmentClient;
import dev.meshperf.gateway.client.UpstreamAnswer;
import dev.meshperf.problem.ProblemException;

/**
 * The shareable report: one HTML file with a result (or a comparison) drawn by the same code as the UI's pages, its
 * data, scripts, styles and ECharts inlined, so that it opens offline, from a mail attachment. A result that cannot
 * be read answers the service's problem unchanged.
 */
@ApplicationScoped
public class ReportRenderer {

    private static final String ENTRY = "meshperf/report.js";

    @Inject
    @Location("report.html")
    Template report;

    @Inject
    UiAssets assets;

    @Inject
    EnvironmentSection environment;

    @Inject
    Forwarder forward;

    @Inject
    @RestClient
    ResultClient results;

    @Inject
    @RestClient
    ComparisonClient comparisons;

    @Inject
    @RestClient
    RunEnvironmentClient environments;

    /** The gateway's own mapping, which writes a run's environment as the API does. */
    @Inject
    ObjectMapper api;

    private final ObjectMapper json = new ObjectMapper();

    public Response result(String testId) {
        ResultDetail detail;
        try {
            detail = environment.addToBaseline(forward.fetch("analysis", () -> results.getResult(testId)),
                    testId);
        } catch (UpstreamAnswer refused) {
            return refused.response();
        }
        ObjectNode data = json.createObjectNode().put("kind", "result");
        data.set("result", api.valueToTree(detail));
        data.set("environment", environment(testId));
        String name = detail.name() == null ? "run" : detail.name();
        return html(data, name + " " + shortId(testId), "meshperf-report-" + shortId(testId) + ".html");
    }

    /** The run's environment, or null when the metrics collector has none or cannot be reached: the report goes on. */
    private JsonNode environment(String testId) {
        try {
            return api.valueToTree(forward.fetch("metrics-collector", () -> environments.getRunEnvironment(testId)));
        } catch (UpstreamAnswer | ProblemException none) {
            return null;
        }
    }

    public Response comparison(String ids) {
        ObjectNode data = json.createObjectNode().put("kind", "compare");
        List<JsonNode> details = new ArrayList<>();
        try {
            Comparison comparison = environment.addToComparison(forward.fetch("analysis",
                    () -> comparisons.compareResults(ids)), ids);
            data.set("comparison", api.valueToTree(comparison));
            for (String id : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                details.add(api.valueToTree(forward.fetch("analysis", () -> results.getResult(id))));
            }
        } catch (UpstreamAnswer refused) {
            return refused.response();
        }
        data.set("results", json.valueToTree(details));
        return html(data, "comparison of " + details.size() + " runs",
                "meshperf-compare-" + details.size() + "-runs.html");
    }

    private Response html(ObjectNode data, String title, String filename) {
        data.put("generatedAt", Instant.now().toString()).put("source", "the meshperf gateway");
        String page = report.data("title", title).data("css", assets.css()).data("importMap",
                scriptSafe(assets.importMap(ENTRY))).data("data", scriptSafe(data.toString())).data("entry", ENTRY)
                .render();
        return Response.ok(page, "text/html; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** JSON placed inside a script element: nothing in it may close the element or break the script. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}

package dev.meshperf.gateway.service;

import java.io.IOException;
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

import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.client.Forwarder;
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
    AnalysisClient analysis;

    @Inject
    @RestClient
    RunEnvironmentClient environments;

    /** The gateway's own mapping, which writes a run's environment as the API does. */
    @Inject
    ObjectMapper api;

    private final ObjectMapper json = new ObjectMapper();

    public Response result(String testId) {
        Response result = environment.addToBaseline(forward.read("analysis", () -> analysis.get(testId)), testId);
        if (result.getStatus() != 200) {
            return result;
        }
        ObjectNode data = json.createObjectNode().put("kind", "result");
        JsonNode detail = read(result);
        data.set("result", detail);
        data.set("environment", environment(testId));
        String name = detail.path("name").asText("run");
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
        Response comparison = environment.addToComparison(forward.read("analysis", () -> analysis.compare(ids)), ids);
        if (comparison.getStatus() != 200) {
            return comparison;
        }
        ObjectNode data = json.createObjectNode().put("kind", "compare");
        data.set("comparison", read(comparison));
        List<JsonNode> results = new ArrayList<>();
        for (String id : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            Response one = forward.read("analysis", () -> analysis.get(id));
            if (one.getStatus() != 200) {
                return one;
            }
            results.add(read(one));
        }
        data.set("results", json.valueToTree(results));
        return html(data, "comparison of " + results.size() + " runs",
                "meshperf-compare-" + results.size() + "-runs.html");
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

    private JsonNode read(Response response) {
        try {
            Object entity = response.getEntity();
            byte[] bytes = entity instanceof byte[] b ? b : String.valueOf(entity).getBytes();
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a service's answer could not be read: " + e.getMessage(), e);
        }
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

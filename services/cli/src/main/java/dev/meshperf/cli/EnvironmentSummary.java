package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One paragraph on a test's context ({@code GET /api/tests/{id}/environment}): how many queries of which packs
 * answered with data, which failed and why. Absent context is said, never an error of the result itself.
 */
final class EnvironmentSummary {

    private EnvironmentSummary() {
    }

    static void print(GatewayClient gateway, String testId, PrintStream out) {
        JsonNode env;
        try {
            env = gateway.get("/api/tests/" + testId + "/environment").json();
        } catch (CliException e) {
            out.println();
            out.println("environment: not available (" + e.getMessage() + ")");
            return;
        }
        out.println();
        String status = env.path("status").asText();
        if (status.equals("NONE")) {
            out.println("environment: no Prometheus connection (add one: POST /api/prometheus-connections)");
            return;
        }
        Map<String, int[]> byPack = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode m : env.path("metrics")) {
            int[] counts = byPack.computeIfAbsent(m.path("connection").asText() + "/" + m.path("pack").asText(),
                    k -> new int[3]);
            if (!m.path("error").isNull() && !m.path("error").isMissingNode()) {
                counts[2]++;
                errors.putIfAbsent(m.path("connection").asText(), m.path("error").asText());
            } else if (m.path("series").size() > 0) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        }
        out.printf("environment: %s, window %s .. %s, step %s s%n", status, env.path("from").asText("-"),
                env.path("to").asText("-"), env.path("stepSeconds").asText("-"));
        byPack.forEach((pack, c) -> out.printf("  %-40s %3d with data, %3d empty, %3d failed%n", pack, c[0], c[1],
                c[2]));
        errors.forEach((connection, error) -> out.printf("  %s: %s%n", connection, error));
        kubernetes(env.path("kubernetes"), out);
    }

    private static void kubernetes(JsonNode k8s, PrintStream out) {
        if (k8s.isMissingNode() || k8s.isNull()) {
            return;
        }
        JsonNode start = k8s.path("start");
        StringBuilder meshes = new StringBuilder();
        start.path("meshes").forEach(m -> meshes.append(meshes.isEmpty() ? "" : ", ").append(m.path("name").asText())
                .append(' ').append(m.path("version").asText("?")));
        out.printf("kubernetes: %s, %d node(s), %d pod(s), mesh %s%n", start.path("serverVersion").asText("?"),
                start.path("nodes").size(), start.path("pods").size(), meshes.isEmpty() ? "none" : meshes);
        k8s.path("changes").forEach(c -> out.println("  during the run: " + c.asText()));
        if (!k8s.path("error").isNull() && !k8s.path("error").isMissingNode()) {
            out.println("  " + k8s.path("error").asText());
        }
    }
}

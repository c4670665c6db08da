package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.api.KubernetesContext;
import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.api.endpoints.RunEnvironmentEndpoints;

/**
 * One paragraph on a test's context ({@code GET /api/tests/{id}/environment}): how many queries of which packs
 * answered with data, which failed and why. Absent context is said, never an error of the result itself.
 */
final class EnvironmentSummary {

    private EnvironmentSummary() {
    }

    static void print(GatewayClient gateway, String testId, PrintStream out) {
        RunEnvironment env;
        try {
            env = GatewayProxy.of(gateway, RunEnvironmentEndpoints.class).getRunEnvironment(testId);
        } catch (CliException e) {
            out.println();
            out.println("environment: not available (" + e.getMessage() + ")");
            return;
        }
        out.println();
        String status = env.status() == null ? "" : env.status();
        if (status.equals("NONE")) {
            out.println("environment: no Prometheus connection (add one: POST /api/prometheus-connections)");
            return;
        }
        Map<String, int[]> byPack = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (RunEnvironment.Metric m : env.metrics() == null ? List.<RunEnvironment.Metric>of() : env.metrics()) {
            int[] counts = byPack.computeIfAbsent(m.connection() + "/" + m.pack(), k -> new int[3]);
            if (m.error() != null) {
                counts[2]++;
                errors.putIfAbsent(m.connection(), m.error());
            } else if (m.series() != null && !m.series().isEmpty()) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        }
        out.printf("environment: %s, window %s .. %s, step %s s%n", status, Cells.or(env.from(), "-"),
                Cells.or(env.to(), "-"), Cells.or(env.stepSeconds(), "-"));
        byPack.forEach((pack, c) -> out.printf("  %-40s %3d with data, %3d empty, %3d failed%n", pack, c[0], c[1],
                c[2]));
        errors.forEach((connection, error) -> out.printf("  %s: %s%n", connection, error));
        kubernetes(env.kubernetes(), out);
    }

    private static void kubernetes(KubernetesContext k8s, PrintStream out) {
        if (k8s == null) {
            return;
        }
        KubernetesSnapshot start = k8s.start();
        StringBuilder meshes = new StringBuilder();
        if (start != null && start.meshes() != null) {
            start.meshes().forEach(m -> meshes.append(meshes.isEmpty() ? "" : ", ").append(m.name()).append(' ')
                    .append(m.version() == null ? "?" : m.version()));
        }
        out.printf("kubernetes: %s, %d node(s), %d pod(s), mesh %s%n", start == null || start.serverVersion() == null
                ? "?"
                : start.serverVersion(), start == null || start.nodes() == null ? 0 : start.nodes().size(),
                start == null || start.pods() == null ? 0 : start.pods().size(), meshes.isEmpty() ? "none" : meshes);
        if (k8s.changes() != null) {
            k8s.changes().forEach(c -> out.println("  during the run: " + c));
        }
        if (k8s.error() != null) {
            out.println("  " + k8s.error());
        }
    }
}

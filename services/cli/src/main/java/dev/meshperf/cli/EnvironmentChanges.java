package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "what changed" part of {@code result compare}: for each run against the first, what changed in the system
 * (the comparison's {@code environment} section), one line per difference with its category and its words, before
 * → after, then what could not be compared. A missing section is said, never an error of the comparison.
 */
final class EnvironmentChanges {

    private EnvironmentChanges() {
    }

    static void print(JsonNode comparison, List<String> ids, PrintStream out) {
        JsonNode environment = comparison.path("environment");
        out.println();
        if (environment.isMissingNode() || environment.isNull()) {
            out.println("what changed in the system: not reported by this gateway");
            return;
        }
        if (environment.hasNonNull("error")) {
            out.println("what changed in the system: unknown (" + environment.path("error").asText() + ")");
            return;
        }
        for (JsonNode run : environment.path("runs")) {
            String id = run.path("testId").asText();
            out.printf("what changed in the system, run %d (%s) against run 1:%n", ids.indexOf(id) + 1, id);
            if (run.path("differences").isEmpty()) {
                out.println("  nothing that can move latency");
            }
            for (JsonNode d : run.path("differences")) {
                out.printf("  %-15s %s%n", d.path("category").asText(), d.path("description").asText());
            }
            run.path("notes").forEach(n -> out.println("  note: " + n.asText()));
        }
    }
}

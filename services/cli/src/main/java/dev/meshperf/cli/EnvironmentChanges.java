package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.List;

import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.EnvironmentComparison;

/**
 * The "what changed" part of {@code result compare}: for each run against the first, what changed in the system
 * (the comparison's {@code environment} section), one line per difference with its category and its words, before
 * → after, then what could not be compared. A missing section is said, never an error of the comparison.
 */
final class EnvironmentChanges {

    private EnvironmentChanges() {
    }

    static void print(Comparison comparison, List<String> ids, PrintStream out) {
        EnvironmentComparison environment = comparison.environment();
        out.println();
        if (environment == null) {
            out.println("what changed in the system: not reported by this gateway");
            return;
        }
        if (environment.error() != null) {
            out.println("what changed in the system: unknown (" + environment.error() + ")");
            return;
        }
        for (EnvironmentComparison.Run run : environment.runs() == null
                ? List.<EnvironmentComparison.Run>of()
                : environment.runs()) {
            String id = run.testId();
            out.printf("what changed in the system, run %d (%s) against run 1:%n", ids.indexOf(id) + 1, id);
            if (run.differences() == null || run.differences().isEmpty()) {
                out.println("  nothing that can move latency");
            }
            for (EnvironmentComparison.Difference d : run.differences() == null
                    ? List.<EnvironmentComparison.Difference>of()
                    : run.differences()) {
                out.printf("  %-15s %s%n", Cells.or(d.category(), ""), Cells.or(d.description(), ""));
            }
            if (run.notes() != null) {
                run.notes().forEach(n -> out.println("  note: " + n));
            }
        }
    }
}

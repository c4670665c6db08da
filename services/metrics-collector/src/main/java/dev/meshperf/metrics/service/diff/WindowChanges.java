package dev.meshperf.metrics.service.diff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meshperf.contracts.api.TimelineEvent;

/**
 * What happened during each run's window, compared: pod restarts, scaling, policy changes and node pressure (from
 * the timelines), and the nodes' CPU peak (from Prometheus), when it differs enough to matter.
 */
final class WindowChanges {

    private static final String DURING = "during-run";
    /** CPU % from which a node counts as saturated. */
    static final double SATURATED = 90;
    /** A difference of the peaks smaller than this (percentage points) is not reported. */
    static final double CPU_NOISE = 20;

    private WindowChanges() {
    }

    static void compare(RunFacts a, RunFacts b, Differences out) {
        count(a, b, Set.of("POD_RESTARTED"), "pod restarts", "pod restarts during the run", out);
        count(a, b, Set.of("REPLICAS_CHANGED", "AUTOSCALED"), "scaling", "scaling events during the run", out);
        count(a, b, Set.of("POLICY_CHANGED", "POLICY_ADDED", "POLICY_REMOVED"), "policy changes",
                "policy changes during the run", out);
        String pressureA = pressure(a.timeline());
        String pressureB = pressure(b.timeline());
        out.changed(DURING, "nodes", "node pressure", "node pressure during the run", pressureA, pressureB, null);
        Double x = a.nodeCpuPeak();
        Double y = b.nodeCpuPeak();
        if (x != null && y != null && (Math.abs(x - y) >= CPU_NOISE || (x >= SATURATED) != (y >= SATURATED))) {
            out.changed(DURING, "nodes", "node cpu peak", "node CPU peak", percent(x), percent(y), y >= SATURATED
                    ? "saturated in this run"
                    : x >= SATURATED ? "saturated in the first run" : null);
        }
    }

    private static void count(RunFacts a, RunFacts b, Set<String> kinds, String field, String label, Differences out) {
        List<TimelineEvent> x = of(a.timeline(), kinds);
        List<TimelineEvent> y = of(b.timeline(), kinds);
        if (x.size() == y.size()) {
            return;
        }
        List<TimelineEvent> shown = y.isEmpty() ? x : y;
        String details = shown.stream().limit(3).map(e -> e.subject() + ": " + e.description()).collect(Collectors
                .joining("; ")) + (shown.size() > 3 ? "; …" : "");
        out.changed(DURING, "run", field, label, String.valueOf(x.size()), String.valueOf(y.size()), (y.isEmpty()
                ? "first run: "
                : "") + details);
    }

    private static List<TimelineEvent> of(List<TimelineEvent> timeline, Set<String> kinds) {
        return timeline == null ? List.of() : timeline.stream().filter(e -> kinds.contains(e.kind())).toList();
    }

    private static String pressure(List<TimelineEvent> timeline) {
        List<String> under = of(timeline, Set.of("NODE_PRESSURE")).stream().filter(e -> !e.description().endsWith(
                " ended")).map(e -> e.subject() + " " + e.description().split(" ")[0]).distinct().sorted().toList();
        return under.isEmpty() ? "none" : String.join(", ", under);
    }

    private static String percent(double value) {
        return Math.round(value) + " %";
    }
}

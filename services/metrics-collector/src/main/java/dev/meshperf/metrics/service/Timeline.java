package dev.meshperf.metrics.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.TimelineEvent;
import dev.meshperf.metrics.service.mesh.PolicyKinds;

/**
 * What happened inside a run's window, from its start and end snapshots, at the times Kubernetes recorded: a
 * container's restart (its previous instance's end), a pod's creation, a Deployment's scaling and an autoscaler's
 * rescale (their events), a policy's spec write ({@code managedFields}), a node condition's transition. A change
 * Kubernetes kept no time for is placed at the end snapshot and marked inexact.
 */
public final class Timeline {

    private final Instant from;
    private final Instant to;
    private final Instant seenAt;
    private final List<TimelineEvent> events = new ArrayList<>();

    private Timeline(Instant from, Instant to, Instant seenAt) {
        this.from = from;
        this.to = to;
        this.seenAt = seenAt;
    }

    /** The events between the test's start and end, in time order; none without both snapshots. */
    public static List<TimelineEvent> of(KubernetesSnapshot start, KubernetesSnapshot end, Instant from, Instant to) {
        if (start == null || end == null || from == null || to == null) {
            return List.of();
        }
        Timeline t = new Timeline(from, to, end.takenAt() == null ? to : end.takenAt());
        t.pods(start.pods(), end.pods());
        t.scaling(start.deployments(), end.deployments(), end.events() == null ? List.of() : end.events());
        t.policies(start, end);
        t.nodes(start.nodes(), end.nodes());
        t.events.sort(Comparator.comparing(TimelineEvent::at));
        return List.copyOf(t.events);
    }

    private boolean inside(Instant at) {
        return at != null && !at.isBefore(from) && !at.isAfter(seenAt.isAfter(to) ? seenAt : to);
    }

    private void add(Instant recorded, String kind, String subject, String description) {
        boolean exact = inside(recorded);
        events.add(new TimelineEvent(exact ? recorded : seenAt, kind, subject, description, exact));
    }

    private void pods(List<KubernetesSnapshot.Pod> before, List<KubernetesSnapshot.Pod> after) {
        Map<String, KubernetesSnapshot.Pod> was = new LinkedHashMap<>();
        before.forEach(p -> was.put(p.namespace() + "/" + p.name(), p));
        for (KubernetesSnapshot.Pod p : after) {
            String subject = "pod " + p.namespace() + "/" + p.name();
            KubernetesSnapshot.Pod old = was.remove(p.namespace() + "/" + p.name());
            if (old == null) {
                if (p.createdAt() == null || !p.createdAt().isBefore(from)) {
                    add(p.createdAt(), "POD_ADDED", subject, "pod started on node " + Objects.requireNonNullElse(p
                            .node(), "?"));
                }
            } else if (p.containers() != null && old.containers() != null) {
                for (KubernetesSnapshot.Container c : p.containers()) {
                    int previous = old.containers().stream().filter(o -> o.name().equals(c.name())).mapToInt(
                            KubernetesSnapshot.Container::restarts).findFirst().orElse(0);
                    if (c.restarts() > previous) {
                        add(c.lastRestartAt(), "POD_RESTARTED", subject, "container " + c.name() + " restarted "
                                + (c.restarts() - previous) + " time(s)");
                    }
                }
            } else if (p.restarts() > old.restarts()) {
                add(null, "POD_RESTARTED", subject, "restarted " + (p.restarts() - old.restarts()) + " time(s)");
            }
        }
        was.forEach((key, p) -> add(null, "POD_REMOVED", "pod " + key, "pod went away"));
    }

    private void scaling(List<KubernetesSnapshot.Deployment> before, List<KubernetesSnapshot.Deployment> after,
            List<KubernetesSnapshot.ClusterEvent> clusterEvents) {
        Set<String> evented = new LinkedHashSet<>();
        for (KubernetesSnapshot.ClusterEvent e : clusterEvents) {
            boolean rescale = e.reason().equals("SuccessfulRescale");
            String subject = (rescale ? "HorizontalPodAutoscaler " : "deployment ") + e.namespace() + "/"
                    + e.objectName();
            add(e.at(), rescale ? "AUTOSCALED" : "REPLICAS_CHANGED", subject, e.message());
            if (!rescale) {
                evented.add(e.namespace() + "/" + e.objectName());
            }
        }
        Map<String, Integer> replicas = new LinkedHashMap<>();
        before.forEach(d -> replicas.put(d.namespace() + "/" + d.name(), d.replicas()));
        for (KubernetesSnapshot.Deployment d : after) {
            String key = d.namespace() + "/" + d.name();
            Integer was = replicas.get(key);
            if (was != null && was != d.replicas() && !evented.contains(key)) {
                add(null, "REPLICAS_CHANGED", "deployment " + key, "scaled from " + was + " to " + d.replicas()
                        + " replicas");
            }
        }
    }

    /** Policies changed, added or removed; none where the kind could not be read at one end. */
    private void policies(KubernetesSnapshot start, KubernetesSnapshot end) {
        Map<String, MeshPolicy> was = new LinkedHashMap<>();
        if (start.policies() != null) {
            start.policies().forEach(p -> was.put(p.key(), p));
        }
        for (MeshPolicy p : end.policies() == null ? List.<MeshPolicy>of() : end.policies()) {
            MeshPolicy old = was.remove(p.key());
            if (old == null) {
                if (!PolicyKinds.readIn(start, p)) {
                    continue;
                }
                add(p.updatedAt(), "POLICY_ADDED", p.title(), "applies to " + String.join(", ", p.appliesTo()));
            } else if (!Objects.equals(old.generation(), p.generation()) || !Objects.equals(old.fields(), p
                    .fields())) {
                add(p.updatedAt(), "POLICY_CHANGED", p.title(), changed(old, p));
            }
        }
        was.values().stream().filter(p -> PolicyKinds.readIn(end, p)).forEach(p -> add(null, "POLICY_REMOVED",
                p.title(), "no longer applies (deleted or changed to apply elsewhere)"));
    }

    /** {@code mtls.mode PERMISSIVE → STRICT; generation 1 → 2}. */
    private static String changed(MeshPolicy old, MeshPolicy now) {
        List<String> parts = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(old.fields().keySet());
        keys.addAll(now.fields().keySet());
        for (String k : keys) {
            String a = old.fields().get(k);
            String b = now.fields().get(k);
            if (!Objects.equals(a, b)) {
                parts.add(k + " " + (a == null ? "unset" : a) + " → " + (b == null ? "unset" : b));
            }
        }
        if (!Objects.equals(old.generation(), now.generation())) {
            parts.add("generation " + old.generation() + " → " + now.generation());
        }
        return String.join("; ", parts);
    }

    private void nodes(List<KubernetesSnapshot.Node> before, List<KubernetesSnapshot.Node> after) {
        Map<String, Map<String, Instant>> was = new LinkedHashMap<>();
        before.forEach(n -> was.put(n.name(), n.pressure() == null ? Map.of() : n.pressure()));
        for (KubernetesSnapshot.Node n : after) {
            Map<String, Instant> pressure = n.pressure() == null ? Map.of() : n.pressure();
            pressure.forEach((condition, since) -> {
                if (since != null && since.isBefore(from)) {
                    events.add(new TimelineEvent(from, "NODE_PRESSURE", "node " + n.name(), condition
                            + " since " + since + ", before the run started", false));
                } else {
                    add(since, "NODE_PRESSURE", "node " + n.name(), condition);
                }
            });
            was.getOrDefault(n.name(), Map.of()).keySet().stream().filter(c -> !pressure.containsKey(c)).forEach(
                    c -> add(null, "NODE_PRESSURE", "node " + n.name(), c + " ended"));
        }
    }
}

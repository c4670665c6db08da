package dev.meshperf.metrics.service.diff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.Quantity;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunTarget;

/**
 * The targets' workloads in two runs: image versions (by repository), replicas of their Deployments, each
 * container's requests, limits and proxy concurrency, and the cluster's nodes (count, allocatable CPU).
 */
final class WorkloadChanges {

    private static final String IMAGES = "images";
    private static final String CAPACITY = "capacity";
    private static final Map<String, Function<KubernetesSnapshot.Container, Object>> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("cpu request", KubernetesSnapshot.Container::cpuRequest);
        RESOURCES.put("cpu limit", KubernetesSnapshot.Container::cpuLimit);
        RESOURCES.put("memory request", KubernetesSnapshot.Container::memoryRequest);
        RESOURCES.put("memory limit", KubernetesSnapshot.Container::memoryLimit);
        RESOURCES.put("proxy concurrency", KubernetesSnapshot.Container::proxyConcurrency);
    }

    private WorkloadChanges() {
    }

    static void compare(KubernetesSnapshot a, KubernetesSnapshot b, Differences out) {
        Targets.paired(a, b).forEach((host, pair) -> {
            List<KubernetesSnapshot.Pod> before = Targets.pods(a, pair[0]);
            List<KubernetesSnapshot.Pod> after = Targets.pods(b, pair[1]);
            images(host, before, after, out);
            deployments(a, b, pair, out);
            if (!before.isEmpty() && !after.isEmpty()) {
                resources(host, before.get(0), after.get(0), out);
            }
        });
        out.changed(CAPACITY, "cluster", "nodes", "nodes", String.valueOf(a.nodes().size()), String.valueOf(b.nodes()
                .size()), null);
        out.changed(CAPACITY, "cluster", "allocatable cpu", "allocatable CPU cores of all nodes", cores(a), cores(b),
                null);
    }

    private static void images(String host, List<KubernetesSnapshot.Pod> before, List<KubernetesSnapshot.Pod> after,
            Differences out) {
        Map<String, String> was = tags(before);
        Map<String, String> now = tags(after);
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        Set<String> repositories = new LinkedHashSet<>(was.keySet());
        repositories.addAll(now.keySet());
        for (String repository : repositories) {
            out.changed(IMAGES, "target " + host, "image " + repository, "image " + repository, was.get(repository),
                    now.get(repository), host);
        }
    }

    /** Repository to its tags in the pods ({@code 2.3}, or {@code 2.3, 2.4} during a rollout). */
    private static Map<String, String> tags(List<KubernetesSnapshot.Pod> pods) {
        Map<String, Set<String>> tags = new TreeMap<>();
        for (KubernetesSnapshot.Pod p : pods) {
            for (String image : p.images()) {
                int at = image.indexOf('@');
                int colon = image.lastIndexOf(':');
                boolean tagged = at < 0 && colon > image.lastIndexOf('/');
                String repository = at >= 0 ? image.substring(0, at) : tagged ? image.substring(0, colon) : image;
                String tag = at >= 0 ? image.substring(at + 1) : tagged ? image.substring(colon + 1) : "latest";
                tags.computeIfAbsent(repository, r -> new TreeSet<>()).add(tag);
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        tags.forEach((r, t) -> joined.put(r, String.join(", ", t)));
        return joined;
    }

    private static void deployments(KubernetesSnapshot a, KubernetesSnapshot b, RunTarget[] pair, Differences out) {
        Set<String> names = new LinkedHashSet<>();
        for (RunTarget t : pair) {
            if (t != null && t.deployments() != null) {
                names.addAll(t.deployments());
            }
        }
        for (String name : names) {
            out.changed(CAPACITY, "deployment " + name, "replicas", "replicas of deployment " + name, replicas(a, name),
                    replicas(b, name), null);
        }
    }

    private static String replicas(KubernetesSnapshot s, String name) {
        return s.deployments().stream().filter(d -> name.equals(d.namespace() + "/" + d.name())).map(d -> String
                .valueOf(d.replicas())).findFirst().orElse(null);
    }

    private static void resources(String host, KubernetesSnapshot.Pod before, KubernetesSnapshot.Pod after,
            Differences out) {
        if (before.containers() == null || after.containers() == null) {
            return;
        }
        for (KubernetesSnapshot.Container c : after.containers()) {
            KubernetesSnapshot.Container old = before.containers().stream().filter(o -> o.name().equals(c.name()))
                    .findFirst().orElse(null);
            if (old == null) {
                continue;
            }
            RESOURCES.forEach((what, read) -> out.changed(CAPACITY, "target " + host, "container " + c.name() + " "
                    + what, what + " of container " + c.name(), text(read.apply(old)), text(read.apply(c)), host));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String cores(KubernetesSnapshot s) {
        BigDecimal total = BigDecimal.ZERO;
        for (KubernetesSnapshot.Node n : s.nodes()) {
            if (n.cpuAllocatable() != null) {
                total = total.add(new Quantity(n.cpuAllocatable()).getNumericalAmount());
            }
        }
        return total.stripTrailingZeros().toPlainString();
    }
}

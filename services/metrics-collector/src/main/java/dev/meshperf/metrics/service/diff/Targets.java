package dev.meshperf.metrics.service.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunTarget;

/** The targets of two snapshots paired by host, and the pods of a target. */
final class Targets {

    private Targets() {
    }

    /** Every host of either snapshot, with its target in each (null where absent). */
    static Map<String, RunTarget[]> paired(KubernetesSnapshot a, KubernetesSnapshot b) {
        Map<String, RunTarget[]> pairs = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            KubernetesSnapshot s = i == 0 ? a : b;
            if (s.targets() == null) {
                continue;
            }
            for (RunTarget t : s.targets()) {
                pairs.computeIfAbsent(t.host(), h -> new RunTarget[2])[i] = t;
            }
        }
        return pairs;
    }

    static List<KubernetesSnapshot.Pod> pods(KubernetesSnapshot s, RunTarget t) {
        if (t == null || t.pods() == null) {
            return List.of();
        }
        return s.pods().stream().filter(p -> t.pods().contains(p.namespace() + "/" + p.name())).toList();
    }

    /** The namespaces of the targets of both snapshots. */
    static Set<String> namespaces(KubernetesSnapshot a, KubernetesSnapshot b) {
        Set<String> namespaces = new LinkedHashSet<>();
        paired(a, b).values().forEach(pair -> {
            for (RunTarget t : pair) {
                if (t != null && t.namespace() != null) {
                    namespaces.add(t.namespace());
                }
            }
        });
        return namespaces;
    }
}

package dev.meshperf.metrics.service.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.RunTarget;

/** The mesh of two runs: which meshes run and their versions, sidecar injection and the targets' proxies. */
final class MeshChanges {

    private static final String MESH = "mesh";

    private MeshChanges() {
    }

    static void compare(KubernetesSnapshot a, KubernetesSnapshot b, Differences out) {
        Map<String, KubernetesSnapshot.Mesh> before = meshes(a);
        Map<String, KubernetesSnapshot.Mesh> after = meshes(b);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            KubernetesSnapshot.Mesh m = before.get(name);
            KubernetesSnapshot.Mesh n = after.get(name);
            out.changed(MESH, name, "version", name, m == null ? "absent" : version(m), n == null
                    ? "absent"
                    : version(n), null);
            if (m != null && n != null) {
                for (String ns : Targets.namespaces(a, b)) {
                    out.changed(MESH, "namespace " + ns, "injection", name + " sidecar injection in namespace " + ns,
                            m.injectedNamespaces().contains(ns) ? "on" : "off", n.injectedNamespaces().contains(ns)
                                    ? "on"
                                    : "off",
                            null);
                }
            }
        }
        Targets.paired(a, b).forEach((host, pair) -> {
            if (pair[0] != null && pair[1] != null && pair[0].service() != null && pair[1].service() != null) {
                out.changed(MESH, "target " + host, "proxy", "proxy of " + host, proxies(a, pair[0]), proxies(b,
                        pair[1]), null);
            }
        });
    }

    private static Map<String, KubernetesSnapshot.Mesh> meshes(KubernetesSnapshot s) {
        Map<String, KubernetesSnapshot.Mesh> map = new LinkedHashMap<>();
        s.meshes().forEach(m -> map.put(m.name(), m));
        return map;
    }

    private static String version(KubernetesSnapshot.Mesh m) {
        return m.version() == null ? "present (version unknown)" : m.version();
    }

    /** The sidecars of the target's pods: {@code istio-proxy}, {@code none}, or both when mixed. */
    private static String proxies(KubernetesSnapshot s, RunTarget t) {
        Set<String> sidecars = new TreeSet<>();
        Targets.pods(s, t).forEach(p -> sidecars.add(p.sidecar() == null ? "none" : p.sidecar()));
        return sidecars.isEmpty() ? "no pods" : String.join(" and ", sidecars);
    }
}

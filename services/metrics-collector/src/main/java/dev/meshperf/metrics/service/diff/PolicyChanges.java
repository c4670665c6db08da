package dev.meshperf.metrics.service.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meshperf.contracts.api.KubernetesSnapshot;
import dev.meshperf.contracts.api.MeshPolicy;
import dev.meshperf.contracts.api.PolicyRead;
import dev.meshperf.metrics.service.mesh.PolicyKind;
import dev.meshperf.metrics.service.mesh.PolicyKinds;

/**
 * The policies applying to the targets in two runs: each changed field, each object added or removed. A field is in
 * the category of its kind, except TLS settings of a DestinationRule, which count as mTLS.
 */
final class PolicyChanges {

    private static final int SUMMARY_FIELDS = 4;

    private PolicyChanges() {
    }

    static void compare(KubernetesSnapshot a, KubernetesSnapshot b, Differences out) {
        Map<String, MeshPolicy> before = byKey(a.policies());
        Map<String, MeshPolicy> after = byKey(b.policies());
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            MeshPolicy p = before.get(key);
            MeshPolicy q = after.get(key);
            if (p == null) {
                if (PolicyKinds.readIn(a, q)) {
                    out.add(category(q, null), q.title(), "object", null, summary(q), q.title() + " added: "
                            + summary(q) + " (" + q.scope() + ")");
                }
            } else if (q == null) {
                if (!PolicyKinds.readIn(b, p)) {
                    continue;
                }
                out.add(category(p, null), p.title(), "object", summary(p), null, p.title() + " removed: was "
                        + summary(p) + " (" + p.scope() + ")");
            } else {
                Set<String> fields = new LinkedHashSet<>(p.fields().keySet());
                fields.addAll(q.fields().keySet());
                for (String f : fields) {
                    out.changed(category(q, f), q.title(), f, Words.label(f), p.fields().get(f), q.fields().get(f),
                            q.title() + ", " + q.scope());
                }
            }
        }
        reads(a, b, out);
    }

    /** A kind that could be read in one run but not in the other leaves its differences unknown. */
    private static void reads(KubernetesSnapshot a, KubernetesSnapshot b, Differences out) {
        for (KubernetesSnapshot s : List.of(a, b)) {
            if (s.policyReads() == null) {
                continue;
            }
            for (PolicyRead r : s.policyReads()) {
                if (r.status().equals(PolicyRead.FORBIDDEN) || r.status().equals(PolicyRead.FAILED)) {
                    out.note(r.kind() + (r.group().isEmpty() ? "" : " (" + r.group() + ")") + " could not be read in "
                            + (s == a ? "the first run" : "this run") + ": " + r.message());
                }
            }
        }
    }

    private static Map<String, MeshPolicy> byKey(List<MeshPolicy> policies) {
        Map<String, MeshPolicy> map = new LinkedHashMap<>();
        if (policies != null) {
            policies.forEach(p -> map.put(p.key(), p));
        }
        return map;
    }

    static String category(MeshPolicy p, String field) {
        PolicyKind kind = PolicyKinds.of(p.kind(), p.apiVersion());
        if (kind == null) {
            return "traffic-policy";
        }
        if (kind.kind().equals("DestinationRule") && field != null && (field.startsWith("trafficPolicy.tls.")
                || field.contains(".tls."))) {
            return "mtls";
        }
        return kind.category();
    }

    /** The first fields in words: {@code mTLS mode STRICT, retry attempts 3}. */
    private static String summary(MeshPolicy p) {
        String text = p.fields().entrySet().stream().limit(SUMMARY_FIELDS).map(e -> Words.label(e.getKey()) + " "
                + e.getValue()).collect(Collectors.joining(", "));
        int more = p.fields().size() - SUMMARY_FIELDS;
        return (text.isEmpty() ? "no traffic fields" : text) + (more > 0 ? " and " + more + " more" : "");
    }
}

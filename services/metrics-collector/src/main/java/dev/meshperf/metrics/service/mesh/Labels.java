package dev.meshperf.metrics.service.mesh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** Label maps and Kubernetes label selectors ({@code matchLabels} and {@code matchExpressions}). */
final class Labels {

    private Labels() {
    }

    /** True when {@code labels} has every entry of {@code wanted}. */
    static boolean contain(Map<String, String> labels, Map<String, String> wanted) {
        return labels != null && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e
                .getKey())));
    }

    /** A JSON object of strings ({@code matchLabels}, {@code workloadSelector.labels}) as a map. */
    static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(k -> out.put(k, node.get(k).asText()));
        return out;
    }

    /** Whether a label selector ({@code matchLabels} and {@code matchExpressions}, ANDed) selects these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (!contain(have, map(selector.path("matchLabels")))) {
            return false;
        }
        for (JsonNode e : selector.path("matchExpressions")) {
            String key = e.path("key").asText();
            List<String> values = new ArrayList<>();
            e.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> values.contains(have.get(key));
                case "NotIn" -> !values.contains(have.get(key));
                case "Exists" -> have.containsKey(key);
                case "DoesNotExist" -> !have.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code app=checkout,version=v2}. */
    static String join(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** {@code app=checkout,version=v2}, or the expressions' count when there are some. */
    static String text(JsonNode selector) {
        String labels = join(map(selector.path("matchLabels")));
        int expressions = selector.path("matchExpressions").size();
        return expressions == 0 ? labels : labels + (labels.isEmpty() ? "" : ",") + expressions + " expression(s)";
    }
}

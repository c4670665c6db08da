package dev.meshperf.metrics.service.mesh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of an object that shape traffic, flattened to dotted paths without the leading {@code spec.}
 * ({@code mtls.mode}, {@code http[0].retries.attempts}). Patterns name paths with {@code []} for any array index:
 * a kept pattern keeps its whole subtree; a digest pattern keeps only a digest of its subtree (an EnvoyFilter patch,
 * authorization rules), so a change shows without the content; an annotation prefix keeps the annotations that
 * start with it ({@code retry.linkerd.io/}).
 */
public record FieldSelection(List<String> keep, List<String> digest, List<String> annotationPrefixes) {

    public static FieldSelection keep(String... patterns) {
        return new FieldSelection(List.of(patterns), List.of(), List.of());
    }

    public FieldSelection digest(String... patterns) {
        return new FieldSelection(keep, List.of(patterns), annotationPrefixes);
    }

    public FieldSelection annotations(String... prefixes) {
        return new FieldSelection(keep, digest, List.of(prefixes));
    }

    /** The selected fields of an object (its {@code metadata} and {@code spec}), in the object's order. */
    public Map<String, String> select(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode annotations = object.path("metadata").path("annotations");
        annotations.fieldNames().forEachRemaining(name -> {
            if (annotationPrefixes.stream().anyMatch(name::startsWith)) {
                out.put("annotation " + name, annotations.get(name).asText());
            }
        });
        walk(object.path("spec"), "spec", "spec", out);
        return out;
    }

    private void walk(JsonNode node, String path, String pattern, Map<String, String> out) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (digest.contains(pattern)) {
            out.put(strip(path), digestOf(node));
            return;
        }
        boolean kept = keep.stream().anyMatch(k -> within(pattern, k));
        if (!kept && keep.stream().noneMatch(k -> within(k, pattern)) && digest.stream().noneMatch(
                d -> within(d, pattern))) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> walk(node.get(name), path + "." + name, pattern + "." + name,
                    out));
        } else if (node.isArray()) {
            boolean scalars = StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isValueNode);
            if (kept && scalars) {
                out.put(strip(path), StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(", ", "[", "]")));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), path + "[" + i + "]", pattern + "[]", out);
                }
            }
        } else if (kept) {
            out.put(strip(path), node.asText());
        }
    }

    /** True when {@code path} is {@code prefix} or lies under it. */
    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    private static String strip(String path) {
        return path.startsWith("spec.") ? path.substring(5) : path;
    }

    /** A short digest and the size of a subtree: enough to tell that it changed. */
    static String digestOf(JsonNode node) {
        byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 6) + " (" + bytes.length + " bytes)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

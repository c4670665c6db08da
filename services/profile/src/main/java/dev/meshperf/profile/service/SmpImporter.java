package dev.meshperf.profile.service;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.HumanDuration;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.MeshInfo;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.problem.ProblemException;

/**
 * Reads an SMP {@code PerformanceTestConfig} (service-mesh-performance {@code protos/service_mesh_performance.proto})
 * into a profile: either the run file {@code mesheryctl perf apply -f} takes ({@code test:} and {@code mesh:}) or a
 * bare config, with snake_case (SMP) or camelCase (meshery/schemas) field names. Several clients are distributed load
 * (SMP's "single or distributed load generators"): they become shards, their connections and rates add up.
 */
public final class SmpImporter {

    /** SMP's {@code ServiceMesh.Type} enum, by number. */
    private static final List<String> MESHES = List.of("", "app_mesh", "consul", "istio", "kuma", "linkerd",
            "traefik_mesh", "octarine", "network_service_mesh", "tanzu", "open_service_mesh", "nginx_service_mesh",
            "cilium_service_mesh");

    private SmpImporter() {
    }

    public static ProfileDocument read(String text) {
        JsonNode root = Documents.read(text, JsonNode.class);
        boolean wrapped = root.has("test");
        JsonNode test = wrapped ? root.get("test") : root;
        String at = wrapped ? "test" : "";
        List<Violation> v = new ArrayList<>();
        String name = text(test, "name");
        if (name == null || name.isBlank()) {
            v.add(new Violation(path(at, "name"), "is required: it becomes the profile's name"));
        }
        JsonNode clients = test.get("clients");
        if (clients == null || !clients.isArray() || clients.isEmpty()) {
            v.add(new Violation(path(at, "clients"), "needs at least one client"));
            throw ProblemException.invalid(v);
        }
        JsonNode first = clients.get(0);
        Set<String> generators = new LinkedHashSet<>();
        int connections = 0;
        long rps = 0;
        for (int i = 0; i < clients.size(); i++) {
            JsonNode c = clients.get(i);
            String cat = path(at, "clients[" + i + "]");
            String generator = text(c, "load_generator", "loadGenerator");
            if (generator != null && !generator.isBlank()) {
                generators.add(generator.toLowerCase(Locale.ROOT));
            }
            connections += c.path("connections").asInt(1);
            rps += c.path("rps").asLong(0);
            if (i > 0 && !urls(c).equals(urls(first))) {
                v.add(new Violation(cat + ".endpoint_urls", "differs from clients[0]; distributed clients must "
                        + "load the same endpoints"));
            }
        }
        Protocol protocol = protocol(first.get("protocol"), path(at, "clients[0].protocol"), v);
        Duration duration = duration(text(test, "duration"), path(at, "duration"), v);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        List<Endpoint> endpoints = urls(first).stream().map(Endpoint::of).toList();
        return new ProfileDocument(null, null, name, "imported from an SMP PerformanceTestConfig",
                strings(test.get("labels")), generators.isEmpty() ? null : List.copyOf(generators), clients.size(),
                protocol, endpoints, null, headers(first.get("headers")), strings(first.get("cookies")),
                emptyToNull(text(first, "body")), emptyToNull(text(first, "content_type", "contentType")),
                rps == 0 ? LoadModel.max() : LoadModel.constant(rps), Math.max(connections, clients.size()), null,
                duration, null, null, emptyToNull(text(first, "ssl_certificate", "sslCertificate")), null, null, null,
                null, mesh(root.get("mesh")), options(text(first, "additional_options", "additionalOptions"), at),
                null, null, null, null, null);
    }

    private static Protocol protocol(JsonNode node, String field, List<Violation> v) {
        if (node == null || node.isNull()) {
            return Protocol.HTTP1;
        }
        String value = node.asText().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "0", "1", "http", "protocol_invalid" -> Protocol.HTTP1;
            case "2", "tcp" -> Protocol.TCP;
            case "4", "grpc" -> Protocol.GRPC;
            default -> {
                v.add(new Violation(field,
                        "'" + node.asText() + "' is not supported; meshperf runs HTTP, TCP and gRPC"));
                yield null;
            }
        };
    }

    private static Duration duration(String text, String field, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return HumanDuration.parse(text);
        } catch (IllegalArgumentException e) {
            v.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    private static MeshInfo mesh(JsonNode mesh) {
        if (mesh == null || mesh.isNull()) {
            return null;
        }
        JsonNode type = mesh.get("type");
        String name = type == null
                ? null
                : type.isInt() && type.asInt() > 0 && type.asInt() < MESHES.size()
                        ? MESHES.get(type.asInt())
                        : type.asText().toLowerCase(Locale.ROOT);
        return new MeshInfo(name, text(mesh, "version"));
    }

    private static Map<String, String> options(String json, String at) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Documents.json().readTree(json);
            Map<String, String> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual()
                    ? e.getValue().asText()
                    : e.getValue().toString()));
            return out;
        } catch (IOException e) {
            throw ProblemException.badRequest(path(at, "clients[0].additional_options"),
                    "is not a JSON object of generator options");
        }
    }

    private static List<String> urls(JsonNode client) {
        JsonNode urls = client.has("endpoint_urls") ? client.get("endpoint_urls") : client.get("endpointUrls");
        List<String> out = new ArrayList<>();
        if (urls != null) {
            urls.forEach(u -> out.add(u.asText()));
        }
        return out;
    }

    private static List<Header> headers(JsonNode node) {
        Map<String, String> map = strings(node);
        return map == null ? null : map.entrySet().stream().map(e -> new Header(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, String> strings(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String path(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}

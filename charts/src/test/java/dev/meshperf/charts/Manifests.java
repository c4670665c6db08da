package dev.meshperf.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/** The documents {@code helm template} rendered, found by kind and name. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = JsonMapper.builder().build();

    final List<JsonNode> documents;

    private Manifests(List<JsonNode> documents) {
        this.documents = documents;
    }

    static Manifests parse(String rendered) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(rendered)) {
            for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (doc != null && !doc.isNull() && doc.has("kind")) {
                    docs.add(doc);
                }
            }
        }
        return new Manifests(docs);
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String nameSuffix) {
        return ofKind(kind).stream().filter(d -> d.path("metadata").path("name").asText().endsWith(nameSuffix))
                .findFirst();
    }

    JsonNode get(String kind, String nameSuffix) {
        return find(kind, nameSuffix).orElseThrow(() -> new AssertionError("no " + kind + " named *" + nameSuffix
                + " in " + documents.stream().map(d -> d.path("kind").asText() + "/" + d.path("metadata")
                        .path("name").asText()).toList()));
    }

    /** Every env variable a container of this Deployment gets, from its ConfigMaps included. */
    Map<String, String> environment(JsonNode deployment) {
        Map<String, String> env = new java.util.TreeMap<>();
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode from : c.path("envFrom")) {
                String map = from.path("configMapRef").path("name").asText(null);
                if (map != null) {
                    get("ConfigMap", map).path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()
                            .asText()));
                }
            }
            for (JsonNode e : c.path("env")) {
                env.put(e.path("name").asText(), e.has("value")
                        ? e.path("value").asText()
                        : "<from "
                                + e.path("valueFrom").fieldNames().next() + ">");
            }
        }
        return env;
    }
}

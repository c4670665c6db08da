package dev.meshperf.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generated request bodies for property-based tests of write endpoints (QuickTheories): a valid document with a few
 * of its fields, at any depth, replaced by hostile values (control characters, huge or negative numbers, wrong types,
 * long strings around column limits, metadata URLs, sealed-looking values), removed, or joined by unknown fields; and
 * now and then text that is no document at all (broken, deeply nested, a YAML alias bomb).
 */
public final class HostileJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> STRINGS = List.of("", " ", "a", "\r\n", "x\r\nX-Injected: 1", "a\u0000b", "\t", "\u007f",
            "ü漢字😀", "\uD800", "<secret>", "sealed:v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "http://169.254.169.254/latest/meta-data?x=", "http://[fd00:ec2::254]/", "http://metadata.google.internal/",
            "http://127.0.0.1:99999/", "http://user:pw@127.0.0.1/", "ftp://x", "grpc://127.0.0.1:1",
            "tcp://127.0.0.1:1",
            "https://", "://", "http://%zz/", "http://[::1/", "0", "-1", "1e309", "NaN", "true", "null", "30s", "-5s",
            "0s", "P1000000D", "PT-1S", "99999999999h", "constant", "max", "ramp", "steps", "http1", "h2c", "grpc",
            "tcp", "native", "wrk2", "nope", "latency.p99", "<=", "${jndi:ldap://x/a}", "'; DROP TABLE profile; --",
            "../../etc/passwd", "%00", "x".repeat(64), "x".repeat(65), "x".repeat(100), "x".repeat(101),
            "x".repeat(255), "x".repeat(256), "x".repeat(4097), "x".repeat(70_000));
    static final List<JsonNode> NUMBERS = List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1),
            NODES.numberNode(2), NODES.numberNode(0.5), NODES.numberNode(-0.0), NODES.numberNode(1e308),
            NODES.numberNode(-1e308), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(2147483648L),
            NODES.numberNode(-2147483649L), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), NODES.numberNode(1e-320));
    static final List<String> TEXTS = List.of("", "{", "}", "[]", "null", "\"text\"", "123", "{\"a\":", "not json",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\": 1, \"a\": 2}", "\u0000",
            "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                    + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\n",
            "!!java.net.URL [\"http://127.0.0.1/\"]", "--- a\n--- b\n");

    private HostileJson() {
    }

    /** Bodies for an endpoint whose valid document is {@code validJson}: mostly mutations of it. */
    public static Gen<String> bodies(String validJson) {
        JsonNode valid = read(validJson);
        return in -> pick(in, 10) == 0 ? TEXTS.get(pick(in, TEXTS.size())) : mutate(valid, in).toString();
    }

    /** A few fields of the document (any depth) replaced, removed, or joined by an unknown one. */
    static JsonNode mutate(JsonNode valid, RandomnessSource in) {
        JsonNode doc = valid.deepCopy();
        int changes = 1 + pick(in, 4);
        for (int i = 0; i < changes; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(doc, containers);
            JsonNode target = containers.get(pick(in, containers.size()));
            if (target instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                int what = pick(in, 10);
                if (names.isEmpty() || what == 0) {
                    object.set(pick(in, 2) == 0 ? "unknownField" : STRINGS.get(pick(in, STRINGS.size())),
                            value(in, 2));
                } else if (what == 1) {
                    object.remove(names.get(pick(in, names.size())));
                } else {
                    object.set(names.get(pick(in, names.size())), value(in, 2));
                }
            } else if (target instanceof ArrayNode array) {
                if (array.isEmpty() || pick(in, 4) == 0) {
                    array.add(value(in, 2));
                } else {
                    array.set(pick(in, array.size()), value(in, 2));
                }
            }
        }
        return doc;
    }

    /** A hostile value: a string, a number, a boolean, null, or an array or object of them. */
    public static JsonNode value(RandomnessSource in, int depth) {
        int kind = pick(in, depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0, 1 -> NODES.textNode(STRINGS.get(pick(in, STRINGS.size())));
            case 2 -> NODES.textNode(randomText(in));
            case 3 -> NUMBERS.get(pick(in, NUMBERS.size()));
            case 4 -> NODES.booleanNode(pick(in, 2) == 0);
            case 5 -> NODES.nullNode();
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = pick(in, 4); i > 0; i--) {
                    array.add(value(in, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = pick(in, 4); i > 0; i--) {
                    List<String> keys = List.of("name", "value", "url", "type", "rate", "secret", "metric", "op",
                            "threshold", "weight", STRINGS.get(pick(in, 12)));
                    object.set(keys.get(pick(in, keys.size())), value(in, depth - 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(RandomnessSource in) {
        StringBuilder out = new StringBuilder();
        for (int i = pick(in, 40); i > 0; i--) {
            int c = pick(in, 4) == 0 ? pick(in, 0x20) : 0x20 + pick(in, 0x300);
            out.append((char) c);
        }
        return out.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    collect(it.next().getValue(), containers);
                }
            } else {
                node.forEach(child -> collect(child, containers));
            }
        }
    }

    private static int pick(RandomnessSource in, int bound) {
        return (int) in.next(Constraint.between(0, bound - 1));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the valid document is not JSON: " + e.getMessage(), e);
        }
    }
}

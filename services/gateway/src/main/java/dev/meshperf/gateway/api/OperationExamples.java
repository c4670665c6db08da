package dev.meshperf.gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts an example on every operation of {@code /api}, from {@code openapi/examples/} beside this service's resources:
 * {@code <operationId>.json} (or {@code .yaml}, {@code .csv}, {@code .html}, {@code .txt} for an event stream) is
 * what its success answer looks like, {@code <operationId>.request.json} what it takes, and {@code problem.json} an
 * error's problem body; {@code same-as.properties} names the file of an operation whose example is another's. The
 * examples are answers a real run gave, shortened.
 */
final class OperationExamples {

    private static final String DIR = "/openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Properties SAME_AS = sameAs();
    private static final Map<String, String> SUFFIXES = Map.of("application/json", ".json", "application/yaml",
            ".yaml", "text/csv", ".csv", "text/html", ".html", "text/event-stream", ".txt");

    private OperationExamples() {
    }

    static void addTo(OpenAPI api) {
        Schema problem = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? null
                : api.getComponents().getSchemas().get("Problem");
        Object problemExample = read("problem", ".json");
        if (problem != null && problemExample != null) {
            problem.setExamples(null);
            problem.addExample(problemExample);
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(OperationExamples::add);
            }
        });
    }

    private static void add(Operation op) {
        String id = op.getOperationId();
        if (id == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> e : op.getResponses().getAPIResponses().entrySet()) {
            if (e.getKey().startsWith("2")) {
                examples(e.getValue().getContent(), id);
            }
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            MediaType json = op.getRequestBody().getContent().getMediaType("application/json");
            Object example = read(id + ".request", ".json");
            if (json != null && example != null) {
                json.setExample(example);
            }
        }
    }

    private static void examples(Content content, String id) {
        if (content == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            String suffix = SUFFIXES.get(type);
            Object example = suffix == null ? null : read(id, suffix);
            if (example != null) {
                media.setExample(example);
            }
        });
    }

    /** The example in that file: JSON as maps and lists (so the document shows it as a value), text as it is. */
    private static Object read(String name, String suffix) {
        String file = SAME_AS.getProperty(name, name);
        try (InputStream in = OperationExamples.class.getResourceAsStream(DIR + file + suffix)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return suffix.equals(".json")
                    ? JSON.readValue(bytes, Object.class)
                    : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI example " + name + suffix + " cannot be read", e);
        }
    }

    private static Properties sameAs() {
        Properties names = new Properties();
        try (InputStream in = OperationExamples.class.getResourceAsStream(DIR + "same-as.properties")) {
            if (in != null) {
                names.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI examples' same-as.properties cannot be read", e);
        }
        return names;
    }
}

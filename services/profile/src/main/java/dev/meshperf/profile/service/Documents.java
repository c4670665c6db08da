package dev.meshperf.profile.service;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.json.JsonErrors;
import dev.meshperf.contracts.spec.HumanDurationModule;
import dev.meshperf.problem.ProblemException;

/**
 * Reading and writing profile documents as JSON (stored, and the REST API) and YAML (profiles as code). Unknown
 * fields are errors here, unlike in events: a misspelt field in a profile must not be silently ignored.
 */
public final class Documents {

    private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)).build();

    private Documents() {
    }

    /** The settings the REST layer's mapper gets too (see {@code dev.meshperf.problem.ApiJson}). */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.addModule(new JavaTimeModule())
                .addModule(new HumanDurationModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectMapper yaml() {
        return YAML;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static String toYaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static ProfileDocument fromJson(String json) {
        try {
            return JSON.readValue(json, ProfileDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored profile document could not be read: " + e.getMessage(), e);
        }
    }

    /** A document a user sent, as YAML or JSON (JSON is YAML); errors name the field. */
    public static <T> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "the request body is empty", "body"));
        }
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new ProblemException(Problem.of(400, "Bad Request", "the request body holds no document",
                        "body"));
            }
            return value;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "body" : JsonErrors.field(e);
            throw new ProblemException(Problem.of(400, "Bad Request", JsonErrors.describe(e), field));
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "Bad Request", "not valid YAML or JSON: " + e.getMessage(),
                    "body"));
        }
    }
}

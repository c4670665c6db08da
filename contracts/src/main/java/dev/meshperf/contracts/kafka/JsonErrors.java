package dev.meshperf.contracts.kafka;

import java.io.IOException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns Jackson's exceptions into one line that names the field and the reason. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(IOException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(mapping) + ": " + reason(mapping);
        }
        if (e instanceof JsonProcessingException processing) {
            return "not valid JSON: " + processing.getOriginalMessage();
        }
        return e.getMessage();
    }

    /** The dotted path of the field, for example {@code spec.endpoints[0].url}. */
    public static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}

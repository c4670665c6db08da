package dev.meshperf.contracts.json;

import java.io.IOException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns Jackson's exceptions into one line that names the field and the reason. */
public final class JsonErrors {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

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

    /**
     * The dotted path of the field, for example {@code spec.endpoints[0].url}; a name that is not a plain word is
     * quoted in brackets ({@code labels[" "]}), so that the path never comes out blank or ambiguous.
     */
    public static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() == null
                        ? "[" + ref.getIndex() + "]"
                        : PLAIN.matcher(ref.getFieldName()).matches()
                                ? "." + ref.getFieldName()
                                : "[" + quoted(ref.getFieldName()) + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String quoted(String name) {
        StringBuilder out = new StringBuilder("\"");
        name.chars().limit(200).forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
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

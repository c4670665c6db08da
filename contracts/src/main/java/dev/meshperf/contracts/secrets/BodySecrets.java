package dev.meshperf.contracts.secrets;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds the parts of a request body that carry credentials: string values of JSON fields and values of form fields
 * whose name {@link SecretNames#isSecretKey is a credential's}. Only those spans are sealed or hidden, so the rest of
 * the body stays readable and byte for byte what was sent. A body that is neither JSON nor a form has none.
 */
public final class BodySecrets {

    private static final JsonFactory JSON = new JsonFactory();

    private BodySecrets() {
    }

    /**
     * One secret part: the field's name and where its value's text starts and ends (for JSON, inside the quotes, as
     * written, escapes included).
     */
    public record Span(String key, int start, int end) {

        public String text(String body) {
            return body.substring(start, end);
        }
    }

    public static List<Span> find(String body, String contentType) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(body);
        }
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded");
        return form || looksLikeForm(body) ? form(body) : List.of();
    }

    /** The body with each span's text replaced by what {@code replacement} makes of the span. */
    public static String replace(String body, List<Span> spans, java.util.function.Function<Span, String> replacement) {
        StringBuilder out = new StringBuilder(body);
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span s = spans.get(i);
            out.replace(s.start(), s.end(), replacement.apply(s));
        }
        return out.toString();
    }

    private static List<Span> json(String body) {
        List<Span> spans = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.VALUE_STRING && field != null && SecretNames.isSecretKey(field)) {
                    int open = (int) parser.currentTokenLocation().getCharOffset();
                    int close = closingQuote(body, open);
                    if (open >= 0 && close > open) {
                        spans.add(new Span(field, open + 1, close));
                    }
                }
                field = null;
            }
        } catch (IOException e) {
            // not JSON after all, or broken further on: the spans found before the break are still right
        }
        return spans;
    }

    private static int closingQuote(String body, int open) {
        if (open < 0 || open >= body.length() || body.charAt(open) != '"') {
            return -1;
        }
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeForm(String body) {
        return body.indexOf('=') > 0 && body.chars().noneMatch(c -> Character.isWhitespace(c) || c == '{' || c == '<');
    }

    private static List<Span> form(String body) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            int eq = body.indexOf('=', start);
            if (eq > start && eq < end) {
                String key;
                try {
                    key = URLDecoder.decode(body.substring(start, eq), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    key = body.substring(start, eq);
                }
                if (SecretNames.isSecretKey(key)) {
                    spans.add(new Span(key, eq + 1, end));
                }
            }
            start = end + 1;
        }
        return spans;
    }
}

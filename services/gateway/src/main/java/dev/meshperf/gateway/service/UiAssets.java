package dev.meshperf.gateway.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web UI's files as the report inlines them: its stylesheet, and an import map that gives every ES module a
 * report needs (and ECharts) as a {@code data:} URL, so the report opens with no network request. The UI's modules
 * import each other by bare specifiers ({@code meshperf/lib/format.js}) for this reason: a relative import cannot be
 * resolved from a {@code data:} URL. ECharts' path is read from the UI's own import map in {@code index.html}, so the
 * two never disagree.
 */
@ApplicationScoped
public class UiAssets {

    static final String ROOT = "META-INF/resources/";
    private static final Pattern IMPORT = Pattern
            .compile("(?:from|import)\\s*['\"]((?:meshperf/[^'\"]+)|echarts)['\"]");
    private static final Pattern INDEX_MAP = Pattern.compile("\"echarts\"\\s*:\\s*\"/([^\"]+)\"");

    private final ObjectMapper json = new ObjectMapper();
    private volatile String css;
    private volatile String importMap;

    public String css() {
        if (css == null) {
            css = text(ROOT + "ui/app.css");
        }
        return css;
    }

    /** The import map (JSON) that resolves the report's entry module and everything it imports to data: URLs. */
    public String importMap(String entryModule) {
        if (importMap == null) {
            Map<String, String> urls = new LinkedHashMap<>();
            collect(entryModule, urls);
            try {
                importMap = json.writeValueAsString(Map.of("imports", urls));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return importMap;
    }

    private void collect(String specifier, Map<String, String> urls) {
        if (urls.containsKey(specifier)) {
            return;
        }
        String source = text(path(specifier));
        urls.put(specifier, "data:text/javascript;base64," + Base64.getEncoder().encodeToString(
                source.getBytes(StandardCharsets.UTF_8)));
        if (specifier.equals("echarts")) {
            return;
        }
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            collect(m.group(1), urls);
        }
    }

    private String path(String specifier) {
        if (specifier.equals("echarts")) {
            Matcher m = INDEX_MAP.matcher(text(ROOT + "index.html"));
            if (!m.find()) {
                throw new IllegalStateException("index.html has no import map entry for echarts");
            }
            return ROOT + m.group(1);
        }
        return ROOT + "ui/" + specifier.substring("meshperf/".length());
    }

    private static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the UI file " + resource + " is missing from the gateway");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.meshperf.metrics.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.GrafanaBoard;

/**
 * Reads a Grafana dashboard model: its panels (rows' nested panels included) with their Prometheus queries
 * ({@code targets[].expr}) and data source, and its template variables' current values; substitutes variables into
 * a query as Grafana does ({@code $var}, {@code ${var}}, {@code ${var:raw}}, {@code [[var]]}), with
 * {@code $__rate_interval}, {@code $__interval} and {@code $__range} from the run's window and step.
 */
public final class Dashboards {

    /** What a board's uid may be here: Grafana's own are letters, digits, '-' and '_'; never a path. */
    static final Pattern UID = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._-]{1,128}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\[\\[(\\w+)]]|\\$(\\w+)");

    private Dashboards() {
    }

    /** One query of a panel, with the data source uid the panel or target names (null when none or a variable). */
    public record PanelQuery(int panelId, String panelTitle, String refId, String expr, String datasourceUid) {
    }

    public static String title(JsonNode dashboard) {
        return dashboard.path("title").asText(null);
    }

    public static String uid(JsonNode dashboard) {
        return dashboard.path("uid").asText(null);
    }

    public static List<PanelQuery> queries(JsonNode dashboard) {
        List<PanelQuery> queries = new ArrayList<>();
        collect(dashboard.path("panels"), queries);
        for (JsonNode row : dashboard.path("rows")) {
            collect(row.path("panels"), queries);
        }
        return queries;
    }

    private static void collect(JsonNode panels, List<PanelQuery> into) {
        for (JsonNode panel : panels) {
            if (panel.has("panels")) {
                collect(panel.path("panels"), into);
            }
            String panelDs = datasource(panel.path("datasource"));
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText("");
                if (!expr.isBlank()) {
                    String ds = datasource(target.path("datasource"));
                    into.add(new PanelQuery(panel.path("id").asInt(), panel.path("title").asText(""),
                            target.path("refId").asText("A"), expr, ds != null ? ds : panelDs));
                }
            }
        }
    }

    /** A data source uid; null when absent or a variable ({@code ${DS_PROMETHEUS}}). */
    private static String datasource(JsonNode ds) {
        String uid = ds.isTextual() ? null : ds.path("uid").asText(null);
        return uid == null || uid.startsWith("$") ? null : uid;
    }

    /** The panels of a board, with their queries, as the API shows them. */
    public static List<GrafanaBoard.Panel> panels(JsonNode dashboard) {
        Map<Integer, GrafanaBoard.Panel> panels = new LinkedHashMap<>();
        for (PanelQuery q : queries(dashboard)) {
            GrafanaBoard.Panel p = panels.get(q.panelId());
            List<String> exprs = new ArrayList<>(p == null ? List.of() : p.queries());
            exprs.add(q.expr());
            panels.put(q.panelId(), new GrafanaBoard.Panel(q.panelId(), q.panelTitle(), List.copyOf(exprs)));
        }
        return List.copyOf(panels.values());
    }

    /** Template variables with their current values ({@code templating.list[].current.value}). */
    public static Map<String, String> variables(JsonNode dashboard) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode v : dashboard.path("templating").path("list")) {
            JsonNode current = v.path("current").path("value");
            String value = current.isArray()
                    ? (current.size() == 1 ? current.get(0).asText() : join(current))
                    : current.asText("");
            values.put(v.path("name").asText(), value);
        }
        return values;
    }

    private static String join(JsonNode values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(v.asText()));
        return "(" + String.join("|", parts) + ")";
    }

    /**
     * The query with every variable replaced. {@code $__all} and unknown variables are left as they are, so that
     * Prometheus names the problem.
     */
    public static String substitute(String expr, Map<String, String> values, long stepSeconds, long rangeSeconds) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("__interval", stepSeconds + "s");
        all.put("__rate_interval", Math.max(4 * stepSeconds, 60) + "s");
        all.put("__range", rangeSeconds + "s");
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = all.get(name);
            String replacement = value == null || value.equals("$__all") ? m.group() : value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

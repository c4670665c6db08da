package dev.meshperf.metrics.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.metrics.domain.GrafanaConnectionEntity;
import dev.meshperf.problem.ProblemException;

/** What a Grafana connection, a chosen board and an uploaded board must be; each refusal names its field. */
final class GrafanaInputs {

    /** Sane limits of a board's title and its chosen panels (their columns are text). */
    static final int MAX_TITLE = 500;
    static final int MAX_PANELS = 100;

    private GrafanaInputs() {
    }

    /** A connection: name, URL (the egress policy), data source uid, and a key unless one is stored. */
    static void connection(GrafanaConnection in, GrafanaConnectionEntity existing, ConnectionService prometheus) {
        if (in == null) {
            throw ProblemException.badRequest("body", "a Grafana connection is needed");
        }
        List<Violation> found = new ArrayList<>();
        ConnectionService.checkName(in.name(), found);
        ConnectionService.checkUrl(in.url(), "http://grafana:3000", prometheus.egress(), found);
        if (in.prometheusDatasourceUid() != null && !Dashboards.UID.matcher(in.prometheusDatasourceUid()).matches()) {
            found.add(new Violation("prometheusDatasourceUid", "is not a Grafana uid (letters, digits, '-', '_' and "
                    + "'.', at most 128)"));
        }
        boolean hasKey = in.apiKey() != null && !in.apiKey().isEmpty();
        if (!hasKey && (existing == null || existing.apiKeyEncrypted == null)) {
            found.add(new Violation("apiKey", "is required: a service account token, an API key or user:password"));
        }
        if (hasKey && !in.apiKey().contains(":") && !ConnectionService.headerToken(in.apiKey())) {
            found.add(new Violation("apiKey", "a token is visible ASCII characters without spaces (user:password "
                    + "may hold any)"));
        }
        if (hasKey && !prometheus.canSeal()) {
            found.add(new Violation("apiKey", "cannot be stored: no encryption key is configured "
                    + "(meshperf.metrics.encryption-key, 32 characters or more)"));
        }
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }

    /** Chosen panels and variables: the board's own, and not more than its column holds. */
    static void choice(JsonNode dashboard, List<Integer> panels, Map<String, String> variables) {
        List<Violation> found = new ArrayList<>();
        if (panels != null && panels.size() > MAX_PANELS) {
            throw ProblemException.badRequest("chosenPanels", "has more than " + MAX_PANELS + " panels");
        }
        List<Integer> ids = Dashboards.panels(dashboard).stream().map(GrafanaBoard.Panel::id).toList();
        for (int i = 0; panels != null && i < panels.size(); i++) {
            if (!ids.contains(panels.get(i))) {
                found.add(new Violation("chosenPanels[" + i + "]", "the board has no panel " + panels.get(i)
                        + " with a Prometheus query; its panels are " + ids));
            }
        }
        Map<String, String> known = Dashboards.variables(dashboard);
        if (variables != null) {
            variables.keySet().stream().filter(v -> !known.containsKey(v)).forEach(v -> found.add(new Violation(
                    "variables." + v, "the board has no such variable; it has " + known.keySet())));
        }
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }

    /**
     * An uploaded board: an object with a uid that is no path, and a title its column holds (no NUL, which PostgreSQL
     * text refuses, nor other control characters).
     */
    static void uploaded(JsonNode dashboard) {
        if (dashboard == null || !dashboard.isObject() || !dashboard.path("uid").isTextual()) {
            throw ProblemException.badRequest("body.uid", "a dashboard needs a uid");
        }
        if (!Dashboards.UID.matcher(Dashboards.uid(dashboard)).matches()) {
            throw ProblemException.badRequest("body.uid", "is not a Grafana uid (letters, digits, '-', '_' and '.', "
                    + "at most 128)");
        }
        String title = Dashboards.title(dashboard);
        if (title != null && title.length() > MAX_TITLE) {
            throw ProblemException.badRequest("body.title", "is longer than " + MAX_TITLE + " characters");
        }
        if (title != null && title.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("body.title", "must not contain control characters (CR, LF, NUL, ...)");
        }
    }
}

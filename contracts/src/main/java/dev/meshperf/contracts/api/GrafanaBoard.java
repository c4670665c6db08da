package dev.meshperf.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * A Grafana dashboard imported into a connection, with the panels and template variable values chosen for runs.
 *
 * @param panels
 * every panel of the board with its Prometheus queries
 * @param chosenPanels
 * the panel ids evaluated for each run; empty means all
 * @param variables
 * template variable values substituted into the queries ({@code $job}, {@code ${job}}, {@code [[job]]}); the
 * board's current values where none is chosen
 */
public record GrafanaBoard(
        String uid,
        String title,
        List<Panel> panels,
        List<Integer> chosenPanels,
        Map<String, String> variables) {

    public record Panel(int id, String title, List<String> queries) {
    }
}

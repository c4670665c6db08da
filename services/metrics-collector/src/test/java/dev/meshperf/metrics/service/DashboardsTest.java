package dev.meshperf.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.GrafanaBoard;

class DashboardsTest {

    private static JsonNode dashboard() throws IOException {
        try (InputStream in = DashboardsTest.class.getResourceAsStream("/grafana-dashboard.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void findsPanelsInRowsWithTheirQueriesAndDataSources() throws IOException {
        var queries = Dashboards.queries(dashboard());

        assertThat(queries).extracting(Dashboards.PanelQuery::panelTitle).containsExactly("Requests/s", "Up",
                "Bad query");
        assertThat(queries.get(0).datasourceUid()).as("a variable is no uid").isNull();
        assertThat(queries.get(1).datasourceUid()).isEqualTo("prom-1");
        assertThat(Dashboards.panels(dashboard())).extracting(GrafanaBoard.Panel::id).containsExactly(1, 2, 3);
        assertThat(Dashboards.variables(dashboard())).containsEntry("job", "meshperf-target");
        assertThat(Dashboards.uid(dashboard())).isEqualTo("meshperf-svc");
    }

    @Test
    void substitutesVariablesInEveryGrafanaSyntax() {
        Map<String, String> values = Map.of("job", "checkout", "ns", "shop");

        assertThat(Dashboards.substitute("rate(x{job=\"$job\",ns=\"${ns}\",a=\"[[job]]\",b=\"${ns:raw}\"}"
                + "[$__rate_interval])", values, 15, 900))
                .isEqualTo("rate(x{job=\"checkout\",ns=\"shop\",a=\"checkout\",b=\"shop\"}[60s])");
        assertThat(Dashboards.substitute("increase(x[$__range]) / $__interval", values, 120, 900))
                .isEqualTo("increase(x[900s]) / 120s");
        assertThat(Dashboards.substitute("x{pod=\"$pod\"}", values, 1, 1)).as("unknown: left for Prometheus")
                .isEqualTo("x{pod=\"$pod\"}");
        assertThat(Dashboards.substitute("rate(x[$__rate_interval])", values, 30, 1)).contains("[120s]");
    }
}

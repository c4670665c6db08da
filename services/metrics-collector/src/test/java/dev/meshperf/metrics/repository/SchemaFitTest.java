package dev.meshperf.metrics.repository;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.testing.ColumnFit;

/** Every string a user or a record can send fits the column the metrics collector stores it in. */
class SchemaFitTest {

    @Test
    void everyVarcharColumnHoldsTheLongestValueItsFieldAllows() throws Exception {
        String uuid = "a UUID this service makes";
        ColumnFit.schema()
                .user("prometheus_connection.name", FieldLimits.CONNECTION_NAME)
                .user("prometheus_connection.url", FieldLimits.CONNECTION_URL)
                .user("prometheus_connection.username", FieldLimits.CONNECTION_USERNAME)
                .user("grafana_connection.name", FieldLimits.CONNECTION_NAME)
                .user("grafana_connection.url", FieldLimits.CONNECTION_URL)
                .user("grafana_connection.datasource_uid", FieldLimits.GRAFANA_UID)
                .user("grafana_board.uid", FieldLimits.GRAFANA_UID)
                .user("run_window.test_id", FieldLimits.TEST_ID)
                .user("run_window.profile_id", FieldLimits.ID)
                .user("run_metric.test_id", FieldLimits.TEST_ID)
                .internal("prometheus_connection.id", uuid)
                .internal("grafana_connection.id", uuid)
                .internal("grafana_board.connection_id", uuid)
                .internal("prometheus_connection.auth", "none, basic or bearer")
                .internal("prometheus_connection.packs", "distinct names of the known query packs, joined with"
                        + " commas")
                .internal("run_window.status", "a RunWindow state")
                .checkMigrated("metrics_fit", "db/changelog.xml");
    }
}

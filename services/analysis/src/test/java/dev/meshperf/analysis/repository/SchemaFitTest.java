package dev.meshperf.analysis.repository;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.testing.ColumnFit;

/** Every string a record can carry fits the column analysis stores it in (its schema as its changelog migrates it). */
class SchemaFitTest {

    @Test
    void everyVarcharColumnHoldsTheLongestValueItsFieldAllows() throws Exception {
        ColumnFit.schema()
                .user("test_run.test_id", FieldLimits.TEST_ID)
                .user("test_series.test_id", FieldLimits.TEST_ID)
                .user("test_run.generator", FieldLimits.GENERATOR)
                .user("test_run.profile_id", FieldLimits.ID)
                .user("test_run.profile_name", FieldLimits.PROFILE_NAME)
                .internal("test_run.status", "RUNNING or a TestStatus name")
                .checkMigrated("analysis_fit", "db/changelog.xml");
    }
}

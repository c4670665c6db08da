package dev.meshperf.profile.repository;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.testing.ColumnFit;

/** Every string a user can send fits the column the profile service stores it in (the migrated schema). */
class SchemaFitTest {

    @Test
    void everyVarcharColumnHoldsTheLongestValueItsFieldAllows() throws Exception {
        String uuid = "a UUID this service makes";
        ColumnFit.schema()
                .user("profile.name", FieldLimits.PROFILE_NAME)
                .user("profile_version.name", FieldLimits.PROFILE_NAME)
                .user("profile.last_test_id", FieldLimits.TEST_ID)
                .user("test_run_request.test_id", FieldLimits.TEST_ID)
                .user("test_run_request.generator", FieldLimits.GENERATOR)
                .internal("profile.id", uuid)
                .internal("profile_version.profile_id", uuid)
                .internal("test_run_request.profile_id", uuid)
                .internal("profile.generators", "distinct names of this installation's generators (its"
                        + " configuration), joined with commas")
                .checkMigrated("profile_fit", "db/changelog.xml");
    }
}

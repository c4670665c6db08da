package dev.meshperf.scheduler.repository;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.testing.ColumnFit;

/** Every string a user or a record can send fits the column the scheduler stores it in (the migrated schema). */
class SchemaFitTest {

    @Test
    void everyVarcharColumnHoldsTheLongestValueItsFieldAllows() throws Exception {
        String uuid = "a UUID this service makes";
        ColumnFit.schema()
                .user("schedule.name", FieldLimits.SCHEDULE_NAME)
                .user("schedule.profile_id", FieldLimits.ID)
                .user("schedule.rule_text", FieldLimits.SCHEDULE_RULE)
                .user("schedule.cron_equivalent", FieldLimits.SCHEDULE_RULE)
                .user("schedule.time_zone", FieldLimits.TIME_ZONE)
                .user("schedule.start_text", FieldLimits.SCHEDULE_BOUND)
                .user("schedule.end_text", FieldLimits.SCHEDULE_BOUND)
                .user("schedule.generator", FieldLimits.GENERATOR)
                .user("schedule_fire.test_id", FieldLimits.TEST_ID)
                .internal("schedule.id", uuid)
                .internal("schedule_fire.schedule_id", uuid)
                .internal("schedule.rule_kind", "every, daily, weekly, monthly or cron")
                .internal("schedule_fire.outcome", "a FireOutcome name")
                .internal("schedule_fire.run_status", "a TestStatus name from test.completed")
                .checkMigrated("scheduler_fit", "db/changelog.xml");
    }
}

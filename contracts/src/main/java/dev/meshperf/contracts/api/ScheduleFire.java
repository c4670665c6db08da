package dev.meshperf.contracts.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One occurrence of a schedule in its history.
 *
 * @param fireAt
 * the occurrence, as the rule gives it
 * @param handledAt
 * when a scheduler instance acted on it (late after a downtime)
 * @param outcome
 * FIRED (a test was requested), MISSED (every scheduler was down past the misfire window, or a later occurrence
 * superseded it) or FAILED (the run was refused, with the reason in detail)
 * @param testId
 * the test of a FIRED occurrence, derived from the schedule id and fire time
 * @param runStatus
 * the test's end as analysis reported it (COMPLETED, PARTIAL, FAILED, CANCELLED), null while it runs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleFire(
        Instant fireAt,
        Instant handledAt,
        String outcome,
        String testId,
        String detail,
        String runStatus,
        String runReason) {
}

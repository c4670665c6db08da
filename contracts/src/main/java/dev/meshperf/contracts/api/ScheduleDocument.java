package dev.meshperf.contracts.api;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A schedule as the API takes and returns it. Exactly one rule: {@code every} ("15m", "2h"), {@code daily}
 * ("09:00"), {@code weekly} ("mon,fri@09:00"), {@code monthly} ("1@09:00") or {@code cron} (five fields, the expert
 * form). Read-only fields (id, cronEquivalent, description, nextFireAt, runs, paused state, timestamps) are ignored
 * on input.
 *
 * @param timeZone
 * an IANA zone such as Europe/Paris; the rule's times are wall-clock times there (default UTC)
 * @param startAt
 * no fire before this instant; for {@code every} rules also the first fire time (default: aligned to the hour)
 * @param endAt
 * no fire after this instant; a date (2027-01-31) means the end of that day in the time zone
 * @param maxRuns
 * stop after this many fires
 * @param cronEquivalent
 * the rule as cron, when cron can express it exactly
 * @param description
 * the rule in words, for example "every weekday at 09:00 Europe/Paris"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleDocument(
        String id,
        String name,
        String profileId,
        String every,
        String daily,
        String weekly,
        String monthly,
        String cron,
        String timeZone,
        String startAt,
        String endAt,
        Integer maxRuns,
        String generator,
        Integer shards,
        Map<String, String> labels,
        String cronEquivalent,
        String description,
        Instant nextFireAt,
        Integer runs,
        Boolean paused,
        String pausedReason,
        String state,
        Long version,
        Instant createdAt,
        Instant updatedAt) {
}

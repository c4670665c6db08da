package dev.meshperf.scheduler.service;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleFire;
import dev.meshperf.scheduler.domain.FireRecord;
import dev.meshperf.scheduler.domain.Schedule;

/** Between stored schedules and the API's documents. */
public final class ScheduleMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScheduleMapper() {
    }

    /** Writes a validated document and its rule onto the entity (not the id, counters or pause state). */
    static void apply(Schedule s, ScheduleDocument d, Rule rule) {
        s.name = d.name();
        s.profileId = d.profileId();
        s.ruleKind = rule.kind();
        s.ruleText = rule.text();
        s.timeZone = rule.zone().getId();
        s.startText = d.startAt();
        s.endText = d.endAt();
        // an every rule without a start is anchored at its creation: kept, so that its fire times stay put
        s.startAt = rule.start() != null ? rule.start() : rule.interval() != null ? rule.anchor() : null;
        s.endAt = rule.end();
        s.maxRuns = rule.maxRuns();
        s.generator = d.generator();
        s.shards = d.shards();
        s.labelsJson = d.labels() == null || d.labels().isEmpty() ? null : write(d.labels());
        s.cronEquivalent = rule.cronEquivalent();
        s.description = Describer.describe(rule);
    }

    /** The stored rule, read back (it was valid when saved). */
    static Rule rule(Schedule s) {
        String start = s.startAt == null ? null : s.startAt.toString();
        String end = s.endAt == null ? null : s.endAt.toString();
        ScheduleDocument d = new ScheduleDocument(null, null, s.profileId, is(s, Rule.EVERY), is(s, Rule.DAILY),
                is(s, Rule.WEEKLY), is(s, Rule.MONTHLY), is(s, Rule.CRON), s.timeZone, start, end, s.maxRuns, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        RuleParser.Result read = RuleParser.parse(d, null, Duration.ZERO);
        if (read.rule() == null) {
            throw new IllegalStateException("the stored rule of schedule " + s.id + " is unreadable: "
                    + read.violations());
        }
        return read.rule();
    }

    public static ScheduleDocument document(Schedule s) {
        String state = s.paused ? "PAUSED" : s.nextFireAt == null ? "ENDED" : "ACTIVE";
        return new ScheduleDocument(s.id, s.name, s.profileId, is(s, Rule.EVERY), is(s, Rule.DAILY),
                is(s, Rule.WEEKLY), is(s, Rule.MONTHLY), is(s, Rule.CRON), s.timeZone,
                s.startText != null ? s.startText : s.startAt == null ? null : s.startAt.toString(), s.endText,
                s.maxRuns, s.generator, s.shards, labels(s), s.cronEquivalent, s.description, s.nextFireAt, s.runs,
                s.paused, s.pausedReason, state, s.version, s.createdAt, s.updatedAt);
    }

    public static ScheduleFire fire(FireRecord f) {
        return new ScheduleFire(f.fireAt, f.handledAt, f.outcome, f.testId, f.detail, f.runStatus, f.runReason);
    }

    static Map<String, String> labels(Schedule s) {
        if (s.labelsJson == null) {
            return null;
        }
        try {
            return JSON.readValue(s.labelsJson, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored labels of schedule " + s.id + " are unreadable", e);
        }
    }

    private static String is(Schedule s, String kind) {
        return kind.equals(s.ruleKind) ? s.ruleText : null;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

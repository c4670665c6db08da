package dev.meshperf.scheduler.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.contracts.spec.HumanDuration;
import dev.meshperf.scheduler.client.ProfileRefusal;
import dev.meshperf.scheduler.client.ProfileRunsClient;
import dev.meshperf.scheduler.config.SchedulerConfig;
import dev.meshperf.scheduler.domain.FireRecord;
import dev.meshperf.scheduler.domain.Schedule;
import dev.meshperf.scheduler.repository.ScheduleRepository;

/**
 * Fires due schedules. Each tick locks the due rows ({@code FOR UPDATE SKIP LOCKED}), so any number of instances
 * share the work and none acts on an occurrence another is acting on; the history row of an occurrence is unique,
 * and the test id is derived from schedule and fire time, so even a fire repeated after a crash starts one test.
 * Occurrences missed while every instance was down are fired when one comes back within the misfire window (only
 * the latest of them; the earlier ones are recorded as superseded), otherwise recorded as MISSED.
 */
@ApplicationScoped
public class FiringService {

    private static final Logger LOG = Logger.getLogger(FiringService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 50;
    /** Occurrences looked at per schedule and tick when catching up; older ones are skipped without a record. */
    private static final int MAX_CATCH_UP = 500;
    /** A fire later than this after its time says so in the history. */
    private static final Duration LATE = Duration.ofSeconds(10);

    @Inject
    ScheduleRepository schedules;

    @Inject
    SchedulerConfig config;

    @Inject
    Clock clock;

    @Inject
    @RestClient
    ProfileRunsClient profiles;

    /** The test id of an occurrence: the same for every instance and every retry. */
    public static String testId(String scheduleId, Instant fireAt) {
        return UUID.nameUUIDFromBytes(("meshperf-schedule:" + scheduleId + "@" + fireAt)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Handles every schedule due now; returns how many tests it started. */
    @Transactional
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (Schedule s : schedules.lockDue(now, BATCH)) {
            fired += handle(s, now);
        }
        return fired;
    }

    private int handle(Schedule s, Instant now) {
        Rule rule = ScheduleMapper.rule(s);
        List<Instant> due = new ArrayList<>();
        Instant t = s.nextFireAt;
        while (t != null && !t.isAfter(now) && due.size() < MAX_CATCH_UP) {
            due.add(t);
            t = FireTimes.next(rule, t);
        }
        if (t != null && !t.isAfter(now)) {
            LOG.warnf("schedule %s: more than %d occurrences were missed; older ones are not recorded", s.id,
                    MAX_CATCH_UP);
        }
        Instant latest = due.get(due.size() - 1);
        for (Instant earlier : due.subList(0, due.size() - 1)) {
            record(s, earlier, now, FireRecord.MISSED, null, "superseded: when a scheduler came back, a later "
                    + "occurrence (" + latest + ") was due, and only the latest fires");
        }
        Duration late = Duration.between(latest, now);
        int fired = 0;
        if (late.compareTo(config.misfireWindow()) > 0) {
            record(s, latest, now, FireRecord.MISSED, null, "no scheduler was running at that time; one came back "
                    + HumanDuration.format(late) + " later, past the misfire window of "
                    + HumanDuration.format(config.misfireWindow()));
        } else if (s.maxRuns == null || s.runs < s.maxRuns) {
            try {
                fired = fire(s, latest, now, late);
            } catch (Unreachable e) {
                // tried again at the next tick, as long as it is within the misfire window
                LOG.warnf("schedule %s: could not fire the occurrence at %s: %s", s.id, latest, e.getMessage());
                s.nextFireAt = latest;
                return 0;
            }
        }
        s.nextFireAt = ScheduleService.next(rule, now.isAfter(latest) ? now : latest, s.runs);
        if (s.nextFireAt == null) {
            LOG.infof("schedule %s has ended (%s)", s.id, s.description);
        }
        return fired;
    }

    private int fire(Schedule s, Instant fireAt, Instant now, Duration late) {
        String testId = testId(s.id, fireAt);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> own = ScheduleMapper.labels(s);
        if (own != null) {
            labels.putAll(own);
        }
        labels.put("schedule", s.id);
        labels.put("scheduledFor", fireAt.toString());
        int status;
        String body;
        try (Response r = profiles.runProfile(s.profileId, options(new RunOptions(s.generator, s.shards, labels,
                testId)))) {
            status = r.getStatus();
            body = r.hasEntity() ? r.readEntity(String.class) : "";
        } catch (ProfileRefusal refused) {
            status = refused.status();
            body = refused.body();
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ProfileRefusal refused) {
                status = refused.status();
                body = refused.body();
            } else {
                throw new Unreachable("the profile service is not reachable: " + e.getMessage());
            }
        }
        if (status == 200 || status == 202) {
            s.runs++;
            record(s, fireAt, now, FireRecord.FIRED, testId, late.compareTo(LATE) > 0
                    ? "fired " + HumanDuration.format(late) + " late, after every scheduler was down"
                    : null);
            LOG.infof("schedule %s fired: test %s of profile %s", s.id, testId, s.profileId);
            return 1;
        }
        if (status >= 500) {
            throw new Unreachable("the profile service answered " + status);
        }
        String reason = detail(body, status);
        if (status == 404) {
            s.paused = true;
            s.pausedReason = "its profile " + s.profileId + " no longer exists";
            reason = "profile " + s.profileId + " no longer exists; the schedule is paused";
        }
        record(s, fireAt, now, FireRecord.FAILED, null, reason);
        LOG.warnf("schedule %s could not run profile %s: %s", s.id, s.profileId, reason);
        return 0;
    }

    private static void record(Schedule s, Instant fireAt, Instant now, String outcome, String testId,
            String detail) {
        FireRecord r = new FireRecord();
        r.scheduleId = s.id;
        r.fireAt = fireAt;
        r.handledAt = now;
        r.outcome = outcome;
        r.testId = testId;
        r.detail = detail;
        r.persist();
    }

    private String options(RunOptions options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run options could not be written", e);
        }
    }

    private static String detail(String body, int status) {
        try {
            String detail = JSON.readTree(body).path("detail").asText(null);
            if (detail != null) {
                return "the run was refused (" + status + "): " + detail;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not a problem document: say what the status was
        }
        return "the run was refused with status " + status;
    }

    /** The profile service could not take the run now; nothing was recorded. */
    static final class Unreachable extends RuntimeException {

        Unreachable(String message) {
            super(message);
        }
    }
}

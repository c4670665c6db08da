package dev.meshperf.scheduler.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.panache.common.Page;

import dev.meshperf.contracts.api.Problem;
import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.scheduler.client.ProfileRefusal;
import dev.meshperf.scheduler.client.ProfileRunsClient;
import dev.meshperf.scheduler.config.SchedulerConfig;
import dev.meshperf.scheduler.domain.Schedule;
import dev.meshperf.scheduler.repository.ScheduleRepository;

/** Creating, changing, pausing and reading schedules. Firing them is {@link FiringService}'s job. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    ScheduleRepository schedules;

    @Inject
    SchedulerConfig config;

    @Inject
    Clock clock;

    @Inject
    @RestClient
    ProfileRunsClient profiles;

    @Transactional
    public ScheduleDocument create(ScheduleDocument d) {
        Instant now = clock.instant();
        Rule rule = validate(d, now);
        Schedule s = new Schedule();
        s.id = UUID.randomUUID().toString();
        s.createdAt = now;
        s.updatedAt = now;
        s.version = 1;
        ScheduleMapper.apply(s, d, rule);
        s.nextFireAt = next(rule, now, 0);
        schedules.persist(s);
        return ScheduleMapper.document(s);
    }

    /** Replaces the rule and options; counts and history stay. Give {@code version} to refuse a lost update. */
    @Transactional
    public ScheduleDocument update(String id, ScheduleDocument d) {
        Schedule s = find(id);
        if (d.version() != null && d.version() != s.version) {
            throw ProblemException.conflict("version", "the schedule is at version " + s.version + ", not "
                    + d.version() + "; read it again and reapply the change");
        }
        Instant now = clock.instant();
        Rule rule = validate(d, now);
        ScheduleMapper.apply(s, d, rule);
        s.nextFireAt = next(rule, now, s.runs);
        s.version++;
        s.updatedAt = now;
        return ScheduleMapper.document(s);
    }

    @Transactional
    public void delete(String id) {
        schedules.delete(find(id));
    }

    @Transactional
    public ScheduleDocument pause(String id, String reason) {
        Schedule s = find(id);
        s.paused = true;
        s.pausedReason = reason == null || reason.isBlank() ? "paused by a user" : reason;
        s.version++;
        s.updatedAt = clock.instant();
        return ScheduleMapper.document(s);
    }

    /** Occurrences during the pause are skipped: the next fire is the first one after now. */
    @Transactional
    public ScheduleDocument resume(String id) {
        Schedule s = find(id);
        Instant now = clock.instant();
        s.paused = false;
        s.pausedReason = null;
        s.nextFireAt = next(ScheduleMapper.rule(s), now, s.runs);
        s.version++;
        s.updatedAt = now;
        return ScheduleMapper.document(s);
    }

    @Transactional
    public ScheduleDocument get(String id) {
        return ScheduleMapper.document(find(id));
    }

    @Transactional
    public SchedulePage list(String profileId, int page, int size) {
        var query = schedules.byProfile(profileId);
        List<ScheduleDocument> items = query.page(Page.of(page, size)).list().stream().map(ScheduleMapper::document)
                .toList();
        return new SchedulePage(items, query.count());
    }

    @Transactional
    public ScheduleHistory history(String id, int page, int size) {
        find(id);
        var query = schedules.history(id);
        return new ScheduleHistory(id, query.page(Page.of(page, size)).list().stream().map(ScheduleMapper::fire)
                .toList(), query.count());
    }

    /** What a rule would do, before it is saved. */
    public SchedulePreview preview(ScheduleDocument d, int count) {
        Instant now = clock.instant();
        Rule rule = parse(d, now);
        return new SchedulePreview(Describer.describe(rule), rule.cronEquivalent(), rule.zone().getId(),
                FireTimes.upcoming(rule, now, count, 0));
    }

    /** The next fires of a saved schedule (none while it is paused or once it has ended). */
    @Transactional
    public SchedulePreview next(String id, int count) {
        Schedule s = find(id);
        Rule rule = ScheduleMapper.rule(s);
        List<Instant> fires = new ArrayList<>();
        if (!s.paused && s.nextFireAt != null) {
            fires.add(s.nextFireAt);
            fires.addAll(FireTimes.upcoming(rule, s.nextFireAt, count - 1, s.runs + 1));
        }
        return new SchedulePreview(s.description, s.cronEquivalent, s.timeZone, fires);
    }

    /** The next fire after {@code after}, or null when the rule's end or run count is reached. */
    static Instant next(Rule rule, Instant after, int runs) {
        if (rule.maxRuns() != null && runs >= rule.maxRuns()) {
            return null;
        }
        return FireTimes.next(rule, after);
    }

    private Schedule find(String id) {
        Schedule s = schedules.findById(id);
        if (s == null) {
            throw ProblemException.notFound("no schedule with id " + id);
        }
        return s;
    }

    private Rule parse(ScheduleDocument d, Instant now) {
        RuleParser.Result read = RuleParser.parse(d, now, config.minInterval());
        if (read.rule() == null) {
            throw ProblemException.invalid(read.violations());
        }
        return read.rule();
    }

    private Rule validate(ScheduleDocument d, Instant now) {
        List<Violation> violations = new ArrayList<>();
        FieldLimits.check(d.name(), FieldLimits.SCHEDULE_NAME, "name", violations);
        if (d.profileId() == null || d.profileId().isBlank()) {
            violations.add(new Violation("profileId", "is required: the profile to run"));
        }
        FieldLimits.check(d.profileId(), FieldLimits.ID, "profileId", violations);
        FieldLimits.check(d.generator(), FieldLimits.GENERATOR, "generator", violations);
        RuleParser.Result read = RuleParser.parse(d, now, config.minInterval());
        violations.addAll(read.violations());
        if (violations.isEmpty()) {
            checkProfile(d.profileId(), violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return read.rule();
    }

    private void checkProfile(String profileId, List<Violation> violations) {
        int status = 200;
        try {
            profiles.getProfile(profileId);
        } catch (ProfileRefusal refused) {
            status = refused.status();
        } catch (ProcessingException e) {
            if (!(e.getCause() instanceof ProfileRefusal refused)) {
                throw new ProblemException(Problem.of(503, "Service Unavailable", "the profile service is not "
                        + "reachable to check profileId; try again shortly", "profileId"));
            }
            status = refused.status();
        }
        if (status == 404) {
            violations.add(new Violation("profileId", "no profile with id " + profileId));
        } else if (status >= 300) {
            throw new ProblemException(Problem.of(503, "Service Unavailable", "the profile service answered "
                    + status + " when checking profileId; try again shortly", "profileId"));
        }
    }
}

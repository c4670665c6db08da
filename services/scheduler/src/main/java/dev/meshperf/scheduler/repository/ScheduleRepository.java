package dev.meshperf.scheduler.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import dev.meshperf.scheduler.domain.FireRecord;
import dev.meshperf.scheduler.domain.Schedule;

/** Schedules and their history. */
@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, String> {

    /**
     * Due schedules, locked for this transaction; rows another instance holds are skipped, so two instances never
     * handle the same schedule at once, and each occurrence is acted on once.
     */
    @SuppressWarnings("unchecked")
    public List<Schedule> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("select * from schedule where paused = false and next_fire_at <= ?1 "
                        + "order by next_fire_at limit ?2 for update skip locked", Schedule.class)
                .setParameter(1, now)
                .setParameter(2, limit).getResultList();
    }

    public PanacheQuery<Schedule> byProfile(String profileId) {
        return profileId == null
                ? findAll(Sort.by("createdAt"))
                : find("profileId", Sort.by("createdAt"), profileId);
    }

    public PanacheQuery<FireRecord> history(String scheduleId) {
        return FireRecord.find("scheduleId", Sort.descending("fireAt"), scheduleId);
    }

    /** Records the end of a scheduled test; returns how many history entries it updated (0 when not scheduled). */
    @Transactional
    public int recordRunEnd(String testId, String status, String reason) {
        return FireRecord.update("runStatus = ?1, runReason = ?2 where testId = ?3", status, reason, testId);
    }
}

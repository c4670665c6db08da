package dev.meshperf.analysis.repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.domain.TestSeriesPoint;
import dev.meshperf.contracts.api.RunDay;
import dev.meshperf.contracts.api.SeriesPoint;

@ApplicationScoped
public class TestRunRepository implements PanacheRepositoryBase<TestRun, String> {

    /** Runs newest first, optionally of one profile and within [from, to) of their start. */
    public List<TestRun> list(String profileId, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (profileId != null) {
            where.append(" and profileId = :profile");
            params.and("profile", profileId);
        }
        if (from != null) {
            where.append(" and startAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and startAt < :to");
            params.and("to", to);
        }
        PanacheQuery<TestRun> query = find(where.toString(), Sort.descending("startAt").and("testId"), params);
        return query.page(Page.of(page, size)).list();
    }

    public List<TestSeriesPoint> series(String testId) {
        return TestSeriesPoint.list("testId", Sort.ascending("intervalIndex"), testId);
    }

    /**
     * A run's per-second points as values, not managed entities: a day-long run has 86,400 of them, and entities would
     * each be tracked (and dirty-checked at the end of the transaction) for a read.
     */
    public List<SeriesPoint> seriesPoints(String testId) {
        return getEntityManager().createQuery("select p.intervalIndex, p.endAt, p.requests, p.errors, p.p50Ms,"
                + " p.p90Ms, p.p99Ms from TestSeriesPoint p where p.testId = :id order by p.intervalIndex",
                Object[].class).setParameter("id", testId).getResultList().stream()
                .map(r -> new SeriesPoint((Long) r[0], (Instant) r[1], (Long) r[2], (Long) r[3], (Double) r[4],
                        (Double) r[5], (Double) r[6]))
                .toList();
    }

    /** Runs per day of their start in a time zone, within [from, to). */
    public List<RunDay> daily(Instant from, Instant to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select cast(start_at at time zone :zone as date) as day, count(*),
                       count(*) filter (where status = 'COMPLETED'),
                       count(*) filter (where status in ('FAILED', 'PARTIAL')),
                       count(*) filter (where status = 'COMPLETED' and cast(slo_json as jsonb) ->> 'passed' = 'false')
                from test_run where start_at >= :from and start_at < :to
                group by day order by day""").setParameter("zone", zone.getId()).setParameter("from", from)
                .setParameter("to", to).getResultList();
        return rows.stream().map(r -> new RunDay(day(r[0]), count(r[1]), count(r[2]),
                count(r[3]), count(r[4]))).toList();
    }

    private static java.time.LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    public List<TestRun> running() {
        return list("status", TestRun.RUNNING);
    }
}

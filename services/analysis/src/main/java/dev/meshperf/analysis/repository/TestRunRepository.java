package dev.meshperf.analysis.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.meshperf.analysis.domain.TestRun;
import dev.meshperf.analysis.domain.TestSeriesPoint;

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

    public List<TestRun> running() {
        return list("status", TestRun.RUNNING);
    }
}

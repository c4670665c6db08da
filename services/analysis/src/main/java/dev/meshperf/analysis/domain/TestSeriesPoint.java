package dev.meshperf.analysis.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One interval of a test, every shard together. */
@Entity
@Table(name = "test_series")
@IdClass(SeriesPointId.class)
public class TestSeriesPoint extends PanacheEntityBase {

    @Id
    @Column(name = "test_id")
    public String testId;
    @Id
    @Column(name = "interval_index")
    public long intervalIndex;
    @Column(name = "end_at")
    public Instant endAt;
    public long requests;
    public long errors;
    @Column(name = "p50_ms")
    public Double p50Ms;
    @Column(name = "p90_ms")
    public Double p90Ms;
    @Column(name = "p99_ms")
    public Double p99Ms;
}
